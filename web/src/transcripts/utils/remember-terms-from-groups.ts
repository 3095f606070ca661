import type { CandidateKind, RememberTerm } from '../api/transcript-preview';
import type { CandidateGroup } from './candidate-group';
import { isPlaceholder } from './is-placeholder';

/** Names and places recur across interviews; dates, numbers and addresses are found by pattern anyway. */
const REMEMBERED_KINDS: readonly CandidateKind[] = ['name', 'capitalized', 'hospital'];

/** The confirmed names to add to the project's replacement list (stored by the server only as hashes). */
export function rememberTermsFromGroups(groups: readonly CandidateGroup[]): RememberTerm[] {
  return groups
    .filter((group) => group.checked && isPlaceholder(group.placeholder) && (group.manual || REMEMBERED_KINDS.includes(group.kind)))
    // The server keeps terms of 2 to 120 characters; a confirmed capitalised word is a name.
    .filter((group) => group.text.trim().length >= 2 && group.text.trim().length <= 120)
    .map((group) => ({ text: group.text.trim(), placeholder: group.placeholder.trim(), kind: group.kind === 'capitalized' ? 'name' : group.kind }));
}
