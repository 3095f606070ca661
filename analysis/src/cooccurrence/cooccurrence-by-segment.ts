import type { CodedSpan, CooccurrenceOptions, CooccurrenceTable, TranscriptSegment } from './cooccurrence-table.js';
import { PairCounter } from './pair-counter.js';
import { groupSortedByStart } from './sorted-spans.js';

/**
 * Code co-occurrence by segment: a segment has a code when any passage with that code overlaps it
 * (any selected coder); n1 is the number of segments with code 1, n12 the number with both codes, so
 * c is the Jaccard index of the two codes' segments. Codings outside every segment are not counted.
 *
 * One sweep per transcript over segments and passages, both sorted by start.
 */
export function cooccurrenceBySegment(
  codings: readonly CodedSpan[],
  segments: readonly TranscriptSegment[],
  options: CooccurrenceOptions = {},
): CooccurrenceTable {
  const counter = new PairCounter();
  const coders = options.coderIds === undefined ? undefined : new Set(options.coderIds);
  const selected = coders === undefined ? codings : codings.filter((coding) => coders.has(coding.coderId));
  const passagesByTranscript = groupSortedByStart(selected, (coding) => coding.transcriptId);
  const segmentsByTranscript = groupSortedByStart(segments, (segment) => segment.transcriptId);

  for (const [transcriptId, transcriptSegments] of segmentsByTranscript) {
    const passages = passagesByTranscript.get(transcriptId) ?? [];
    let next = 0;
    let open: CodedSpan[] = [];
    for (const segment of transcriptSegments) {
      while (next < passages.length && passages[next].start < segment.end) open.push(passages[next++]);
      // Segments are sorted by start, so a passage ending at or before this start meets no later segment.
      open = open.filter((passage) => passage.end > segment.start);
      // Nested or unordered segment ends can leave passages that start after this segment ends.
      const codes = [...new Set(open.filter((passage) => passage.start < segment.end).map((passage) => passage.codeId))];
      codes.forEach((codeId, index) => {
        counter.addCode(codeId);
        for (const other of codes.slice(index + 1)) counter.addPair(codeId, other);
      });
    }
  }
  return counter.table('segment');
}
