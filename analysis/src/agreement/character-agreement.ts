import { coderPairs, indexCodedText, type CodedTextInput } from './coded-text.js';
import { coveredLength, intersectionLength } from './range-set.js';
import { kappaOfCells, type TwoByTwoCounts } from './two-by-two-kappa.js';

/** Two coders compared character by character. */
export interface CharacterComparison extends TwoByTwoCounts {
  /** Characters compared. */
  readonly total: number;
  /** (both + neither)/total, in [0, 1]; NaN for no characters. */
  readonly agreement: number;
  /** Cohen's kappa over characters; NaN without variation (e.g. neither coder used the code). */
  readonly kappa: number;
}

export interface CharacterTranscriptComparison extends CharacterComparison {
  readonly transcriptId: string;
}

export interface CharacterPairAgreement {
  readonly coderIds: readonly [string, string];
  /** All transcripts pooled: every character of the corpus is one unit. */
  readonly overall: CharacterComparison;
  readonly transcripts: ReadonlyArray<CharacterTranscriptComparison>;
}

export interface CharacterCodeAgreement {
  readonly codeId: string;
  readonly pairs: ReadonlyArray<CharacterPairAgreement>;
}

export interface CharacterAgreement {
  readonly method: string;
  readonly codes: ReadonlyArray<CharacterCodeAgreement>;
  /** Per coder pair, all codes and transcripts pooled (every character × code is one unit). */
  readonly overall: ReadonlyArray<CharacterComparison & { readonly coderIds: readonly [string, string] }>;
}

export const CHARACTER_AGREEMENT_METHOD =
  "Character level: percent agreement and Cohen's kappa over characters, per code, coder pair and transcript " +
  '(as NVivo coding comparison), and pooled over transcripts and codes';

/**
 * NVivo-style coding comparison: for each code, coder pair and transcript, agreement =
 * (characters both coded + characters neither coded)/characters, and Cohen's kappa over the same
 * 2 × 2 table. Computed from merged range sets by interval arithmetic, so the cost is linear in
 * the number of codings (plus codes × pairs × transcripts), never in the number of characters.
 * Unlike NVivo, which shows kappa 1 for a transcript neither coder coded, kappa is NaN there
 * (undefined without variation); the agreement is 1.
 */
export function characterAgreement(input: CodedTextInput): CharacterAgreement {
  const index = indexCodedText(input);
  const pairs = coderPairs(index.coderIds.length);
  const pairIds = pairs.map(([first, second]) => [index.coderIds[first], index.coderIds[second]] as const);
  const pooledOverCodes = pairs.map(() => emptyCounts());

  // Transcript-major, so each transcript's ranges are read while they are in cache.
  const transcriptCount = index.transcripts.length;
  const rows = index.codeIds.map(() => pairs.map(() => new Array<CharacterTranscriptComparison>(transcriptCount)));
  const pooled = index.codeIds.map(() => pairs.map(() => emptyCounts()));
  index.transcripts.forEach((transcript, t) => {
    for (let code = 0; code < index.codeIds.length; code++) {
      pairs.forEach(([first, second], p) => {
        const a = index.ranges(code, first, t);
        const b = index.ranges(code, second, t);
        const both = intersectionLength(a, b);
        const onlyFirst = coveredLength(a) - both;
        const onlySecond = coveredLength(b) - both;
        const neither = transcript.length - both - onlyFirst - onlySecond;
        const sum = pooled[code][p];
        sum.both += both;
        sum.onlyFirst += onlyFirst;
        sum.onlySecond += onlySecond;
        sum.neither += neither;
        // Built in one literal: at corpus scale these rows are most of what this function allocates.
        rows[code][p][t] = {
          transcriptId: transcript.id,
          both,
          onlyFirst,
          onlySecond,
          neither,
          total: transcript.length,
          agreement: transcript.length === 0 ? Number.NaN : (both + neither) / transcript.length,
          kappa: kappaOfCells(both, onlyFirst, onlySecond, neither),
        };
      });
    }
  });

  const codes = index.codeIds.map((codeId, code) => ({
    codeId,
    pairs: pairs.map((_, p) => {
      add(pooledOverCodes[p], pooled[code][p]);
      return { coderIds: pairIds[p], overall: characterComparison(pooled[code][p]), transcripts: rows[code][p] };
    }),
  }));

  return {
    method: CHARACTER_AGREEMENT_METHOD,
    codes,
    overall: pooledOverCodes.map((counts, p) => ({ coderIds: pairIds[p], ...characterComparison(counts) })),
  };
}

/** Agreement and kappa of a 2 × 2 table of character counts. */
export function characterComparison(counts: TwoByTwoCounts): CharacterComparison {
  const { both, onlyFirst, onlySecond, neither } = counts;
  const total = both + onlyFirst + onlySecond + neither;
  return {
    both,
    onlyFirst,
    onlySecond,
    neither,
    total,
    agreement: total === 0 ? Number.NaN : (both + neither) / total,
    kappa: kappaOfCells(both, onlyFirst, onlySecond, neither),
  };
}

type MutableCounts = { -readonly [K in keyof TwoByTwoCounts]: number };

function emptyCounts(): MutableCounts {
  return { both: 0, onlyFirst: 0, onlySecond: 0, neither: 0 };
}

function add(sum: MutableCounts, counts: TwoByTwoCounts): void {
  sum.both += counts.both;
  sum.onlyFirst += counts.onlyFirst;
  sum.onlySecond += counts.onlySecond;
  sum.neither += counts.neither;
}
