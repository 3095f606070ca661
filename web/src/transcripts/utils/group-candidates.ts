import { CANDIDATE_KINDS, type Candidate } from '../api/transcript-preview';
import type { CandidateGroup } from './candidate-group';

/**
 * The server's candidates grouped by their exact text, in order of first appearance. A group is
 * checked unless every occurrence is merely a capitalized word, which the researcher confirms.
 * Its kind is the most specific one found (the order of CANDIDATE_KINDS).
 */
export function groupCandidates(candidates: readonly Candidate[]): CandidateGroup[] {
  const groups = new Map<string, CandidateGroup>();
  for (const candidate of [...candidates].sort((a, b) => a.start - b.start)) {
    const group = groups.get(candidate.text);
    if (!group) {
      groups.set(candidate.text, {
        text: candidate.text,
        kind: candidate.kind,
        placeholder: candidate.suggestion,
        checked: candidate.kind !== 'capitalized',
        occurrences: [{ start: candidate.start, end: candidate.end }],
        manual: false,
      });
      continue;
    }
    group.occurrences.push({ start: candidate.start, end: candidate.end });
    if (CANDIDATE_KINDS.indexOf(candidate.kind) < CANDIDATE_KINDS.indexOf(group.kind)) {
      group.kind = candidate.kind;
      group.placeholder = candidate.suggestion;
    }
    if (candidate.kind !== 'capitalized') group.checked = true;
  }
  return [...groups.values()];
}
