import { coderPairs, indexCodedText, type CodedTextInput } from './coded-text.js';
import { rangeDifference } from './range-set.js';

/** A maximal stretch one coder coded with a code and another coder did not. */
export interface CodingDisagreement {
  readonly transcriptId: string;
  readonly codeId: string;
  /** Half-open code-point range [start, end) within the transcript. */
  readonly start: number;
  readonly end: number;
  readonly codedBy: string;
  readonly missingFrom: string;
}

export interface CodingDisagreements {
  readonly method: string;
  /** Ordered by transcript (input order), start, end, code, codedBy, missingFrom. */
  readonly disagreements: ReadonlyArray<CodingDisagreement>;
}

export const CODING_DISAGREEMENTS_METHOD =
  'Set difference of merged coded ranges, per code, transcript and ordered coder pair (maximal ranges)';

/**
 * Where coders disagree, so the UI can jump there: for each code, transcript and coder pair, the
 * maximal ranges coded by one coder and not by the other (both directions). With three coders a
 * stretch only A coded appears twice: missing from B and missing from C.
 */
export function codingDisagreements(input: CodedTextInput): CodingDisagreements {
  const index = indexCodedText(input);
  const pairs = coderPairs(index.coderIds.length);
  const disagreements: CodingDisagreement[] = [];
  index.transcripts.forEach((transcript, t) => {
    const found: Array<{ disagreement: CodingDisagreement; order: readonly number[] }> = [];
    index.codeIds.forEach((codeId, code) => {
      for (const [first, second] of pairs) {
        for (const [codedBy, missingFrom] of [
          [first, second],
          [second, first],
        ] as const) {
          const ranges = rangeDifference(index.ranges(code, codedBy, t), index.ranges(code, missingFrom, t));
          for (let i = 0; i < ranges.length; i += 2) {
            found.push({
              disagreement: {
                transcriptId: transcript.id,
                codeId,
                start: ranges[i],
                end: ranges[i + 1],
                codedBy: index.coderIds[codedBy],
                missingFrom: index.coderIds[missingFrom],
              },
              order: [ranges[i], ranges[i + 1], code, codedBy, missingFrom],
            });
          }
        }
      }
    });
    found.sort((x, y) => compareTuples(x.order, y.order));
    for (const { disagreement } of found) disagreements.push(disagreement);
  });
  return { method: CODING_DISAGREEMENTS_METHOD, disagreements };
}

function compareTuples(x: readonly number[], y: readonly number[]): number {
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return x[i] - y[i];
  return 0;
}
