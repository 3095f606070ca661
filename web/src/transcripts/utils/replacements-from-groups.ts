import type { Replacement } from '../api/transcript-preview';
import type { CandidateGroup } from './candidate-group';
import { isPlaceholder } from './is-placeholder';

/**
 * The replacements to send: every occurrence of every checked group, in text order. Where two
 * overlap (a hand-made one over a found one), the one starting first, else the longer, wins.
 */
export function replacementsFromGroups(groups: readonly CandidateGroup[]): Replacement[] {
  const all = groups
    .filter((group) => group.checked && isPlaceholder(group.placeholder))
    .flatMap((group) => group.occurrences.map((range) => ({ ...range, placeholder: group.placeholder.trim() })))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const result: Replacement[] = [];
  for (const replacement of all) {
    const previous = result[result.length - 1];
    if (previous && replacement.start < previous.end) continue;
    result.push(replacement);
  }
  return result;
}
