import type { CodedSpan, CooccurrenceOptions, CooccurrenceTable } from './cooccurrence-table.js';
import { PairCounter } from './pair-counter.js';
import { groupSortedByStart } from './sorted-spans.js';

/**
 * Code co-occurrence by overlapping passages, as in ATLAS.ti's code co-occurrence table: n1 is the
 * number of passages with code 1, n12 the number of pairs of one passage of each code that share at
 * least one code point. Passages are paired only within one coder's coding of one transcript, since
 * two coders' codes on the same words are a matter of agreement, not of co-occurrence.
 *
 * One sweep per transcript and coder over passages sorted by start: O(n log n + pairs found).
 */
export function cooccurrenceByOverlap(
  codings: readonly CodedSpan[],
  options: CooccurrenceOptions = {},
): CooccurrenceTable {
  const counter = new PairCounter();
  const coders = options.coderIds === undefined ? undefined : new Set(options.coderIds);
  const selected = coders === undefined ? codings : codings.filter((coding) => coders.has(coding.coderId));
  const groups = groupSortedByStart(selected, (coding) => `${coding.transcriptId}\u0000${coding.coderId}`);
  for (const passages of groups.values()) {
    let open: CodedSpan[] = [];
    for (const passage of passages) {
      counter.addCode(passage.codeId);
      // Passages are sorted by start, so one that ends at or before this start overlaps nothing later.
      open = open.filter((earlier) => earlier.end > passage.start);
      for (const earlier of open) counter.addPair(earlier.codeId, passage.codeId);
      open.push(passage);
    }
  }
  return counter.table('passage');
}
