import { binaryAlpha, type BinaryAlphaSums } from './binary-alpha.js';
import { coderPairs, indexCodedText, type CodedTextInput } from './coded-text.js';
import { overlapsRange } from './range-set.js';
import { twoByTwoAgreement, twoByTwoKappa, type TwoByTwoCounts } from './two-by-two-kappa.js';

/** Two coders' agreement on a yes/no judgement per unit. */
export interface CoderPairAgreement {
  readonly coderIds: readonly [string, string];
  /** Proportion of units with the same judgement, in [0, 1]. */
  readonly agreement: number;
  readonly kappa: number;
}

export interface SegmentAlphaAgreement {
  /** Units compared: segments (per code), or segments × codes (overall). */
  readonly units: number;
  /** Krippendorff's nominal alpha across all coders. */
  readonly alpha: number;
  readonly pairs: ReadonlyArray<CoderPairAgreement>;
}

export interface SegmentCodeAgreement extends SegmentAlphaAgreement {
  readonly codeId: string;
}

export interface SegmentAgreement {
  readonly method: string;
  readonly codes: ReadonlyArray<SegmentCodeAgreement>;
  /** All codes pooled: every segment × code is one unit. */
  readonly overall: SegmentAlphaAgreement;
}

export const SEGMENT_AGREEMENT_METHOD =
  'Segment level: a segment counts as coded with a code when any coded character of that code falls in it; ' +
  "percent agreement and Cohen's kappa (Cohen 1960) per coder pair, Krippendorff's alpha, nominal " +
  '(Krippendorff 2011), across all coders';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * Agreement on predefined segments (e.g. speaker turns): per code, each coder's judgement per
 * segment is "coded" when any of their codings of that code overlaps it, else "not coded".
 * Empty segments are skipped (nothing can be coded in them). Coders must all have coded every
 * transcript; with fewer than two coders the pairs are empty and alpha is NaN.
 * Judgements are kept as bytes and reduced to 2 × 2 tables and alpha sums, so the cost is
 * O(codes · coders · segments · log codings) with no per-judgement objects.
 */
export function segmentAgreement(input: CodedTextInput): SegmentAgreement {
  const index = indexCodedText(input);
  const coders = index.coderIds.length;
  const pairs = coderPairs(coders);
  const segments: Array<{ transcript: number; start: number; end: number }> = [];
  index.transcripts.forEach((transcript, t) => {
    for (const { start, end } of transcript.segments) if (end > start) segments.push({ transcript: t, start, end });
  });
  const units = segments.length;
  const presence = Array.from({ length: coders }, () => new Uint8Array(units));
  const pooledTables = pairs.map(emptyTable);
  const pooledSums: Mutable<BinaryAlphaSums> = { units: 0, coders, present: 0, disagreeingPairs: 0 };

  const codes = index.codeIds.map((codeId, code) => {
    presence.forEach((row, coder) =>
      segments.forEach(({ transcript, start, end }, unit) => {
        row[unit] = overlapsRange(index.ranges(code, coder, transcript), start, end) ? 1 : 0;
      }),
    );
    const sums: Mutable<BinaryAlphaSums> = { units, coders, present: 0, disagreeingPairs: 0 };
    for (let unit = 0; unit < units; unit++) {
      let k = 0;
      for (const row of presence) k += row[unit];
      sums.present += k;
      sums.disagreeingPairs += k * (coders - k);
    }
    const tables = pairs.map(([first, second]) => tabulate(presence[first], presence[second]));
    tables.forEach((table, p) => addTable(pooledTables[p], table));
    pooledSums.units += units;
    pooledSums.present += sums.present;
    pooledSums.disagreeingPairs += sums.disagreeingPairs;
    return { codeId, ...summarize(sums, tables) };
  });
  return { method: SEGMENT_AGREEMENT_METHOD, codes, overall: summarize(pooledSums, pooledTables) };

  function summarize(sums: BinaryAlphaSums, tables: ReadonlyArray<TwoByTwoCounts>): SegmentAlphaAgreement {
    return {
      units: sums.units,
      alpha: binaryAlpha(sums),
      pairs: pairs.map(([first, second], p) => ({
        coderIds: [index.coderIds[first], index.coderIds[second]] as const,
        agreement: twoByTwoAgreement(tables[p]),
        kappa: twoByTwoKappa(tables[p]),
      })),
    };
  }
}

function tabulate(first: Uint8Array, second: Uint8Array): TwoByTwoCounts {
  const table = emptyTable();
  for (let unit = 0; unit < first.length; unit++) {
    if (first[unit] === 1) {
      if (second[unit] === 1) table.both++;
      else table.onlyFirst++;
    } else if (second[unit] === 1) table.onlySecond++;
    else table.neither++;
  }
  return table;
}

function emptyTable(): Mutable<TwoByTwoCounts> {
  return { both: 0, onlyFirst: 0, onlySecond: 0, neither: 0 };
}

function addTable(sum: Mutable<TwoByTwoCounts>, table: TwoByTwoCounts): void {
  sum.both += table.both;
  sum.onlyFirst += table.onlyFirst;
  sum.onlySecond += table.onlySecond;
  sum.neither += table.neither;
}
