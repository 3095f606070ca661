import { coderPairs, indexCodedText, type CodedTextInput } from './coded-text.js';
import { coveredLength, intersectionLength, squaredLengths } from './range-set.js';

export interface UnitizedAlphaTotals {
  /** |uα; NaN with fewer than two coders, an empty continuum, or when nobody or everybody coded it all. */
  readonly alpha: number;
  /** n₁: characters coded, summed over coders. */
  readonly codedLength: number;
  /** l..: continuum length × coders. */
  readonly pairableLength: number;
}

export interface UnitizedCodeAlpha extends UnitizedAlphaTotals {
  readonly codeId: string;
}

export interface UnitizedAlpha {
  readonly method: string;
  readonly coders: number;
  /** L: all transcripts laid end to end, in code points. */
  readonly continuumLength: number;
  readonly codes: ReadonlyArray<UnitizedCodeAlpha>;
  /** All codes pooled: each code's continuum laid end to end. */
  readonly overall: UnitizedAlphaTotals;
}

export const UNITIZED_ALPHA_METHOD =
  "Krippendorff's binary unitizing alpha |uα per code over the text continuum, all coders " +
  '(Krippendorff, Mathet, Bouvry & Widlöcher 2016, eqs. 1, 4, 6; Krippendorff 2019 §12.6; cf. ATLAS.ti’s α-binary)';

/**
 * Krippendorff's unitizing alpha for one code at a time, binary: coded vs. not coded (a "gap").
 * Each coder's continuum (all transcripts end to end, length L, m coders) is partitioned into
 * coded segments s (their merged codings of the code) and gaps. Following Krippendorff et al.
 * (2016), for values c, d ∈ {coded, gap}:
 *
 *   observed coincidences (eq. 1)
 *     l_cd = Σ_i Σ_{j≠i} Σ_g Σ_h |s_ig ∩ s_jh| · [s_ig is c][s_jh is d] / (m − 1),   l.. = m·L
 *   expected coincidences (eq. 4), where a coded segment weighs |s|² (it is one indivisible unit)
 *   and a gap weighs |s| (gaps are divisible):
 *     e_cd = l.. · (l_c. · l_d. − [c = d] · Σ_{s valued c} w(s)) / (l..² − Σ_all w(s))
 *   binary alpha (eq. 6):
 *     |uα = 1 − l_{coded,gap} / e_{coded,gap}
 *
 * With n₁ = Σ_i |R_i| (coded length over coders), n₀ = l.. − n₁, S₁ = Σ over coded segments |s|²
 * and the per-position count k_p of coders coding position p (Σ_p k_p(m − k_p) ordered
 * disagreeing pairs, and Σ_p k_p² = n₁ + 2 Σ_{i<j} |R_i ∩ R_j|), this is, exactly:
 *
 *     l_{coded,gap} = ((m − 1)·n₁ − 2·Σ_{i<j} |R_i ∩ R_j|) / (m − 1)
 *     e_{coded,gap} = l.. · n₁ · n₀ / (l..² − S₁ − n₀)
 *     |uα           = 1 − l_{coded,gap} · (l..² − S₁ − n₀) / (l.. · n₁ · n₀)
 *
 * so it needs only pairwise intersection lengths of merged ranges: O(codings + codes·m²·T), no
 * per-character work. Gap weights sum to n₀ however gaps are cut, so transcript boundaries need
 * no special treatment. Perfect agreement gives 1; NaN when undefined (see UnitizedAlphaTotals).
 */
export function unitizedAlpha(input: CodedTextInput): UnitizedAlpha {
  const index = indexCodedText(input);
  const coders = index.coderIds.length;
  const pairs = coderPairs(coders);
  const transcripts = index.transcripts.length;
  const pooled: UnitizedSums = { disagreeing: 0, coded: 0, squares: 0, pairable: 0 };

  const codes = index.codeIds.map((codeId, code) => {
    const sums: UnitizedSums = { disagreeing: 0, coded: 0, squares: 0, pairable: coders * index.totalLength };
    for (let t = 0; t < transcripts; t++) {
      for (let coder = 0; coder < coders; coder++) {
        const ranges = index.ranges(code, coder, t);
        sums.coded += coveredLength(ranges);
        sums.squares += squaredLengths(ranges);
      }
      for (const [first, second] of pairs) {
        sums.disagreeing -= 2 * intersectionLength(index.ranges(code, first, t), index.ranges(code, second, t));
      }
    }
    // Σ_p k_p(m − k_p) = (m − 1)·n₁ − 2·Σ_{i<j}|R_i ∩ R_j|.
    sums.disagreeing += (coders - 1) * sums.coded;
    pooled.disagreeing += sums.disagreeing;
    pooled.coded += sums.coded;
    pooled.squares += sums.squares;
    pooled.pairable += sums.pairable;
    return { codeId, ...totals(sums, coders) };
  });

  return {
    method: UNITIZED_ALPHA_METHOD,
    coders,
    continuumLength: index.totalLength,
    codes,
    overall: totals(pooled, coders),
  };
}

interface UnitizedSums {
  /** Σ_p k_p(m − k_p): ordered coder pairs disagreeing, summed over positions. */
  disagreeing: number;
  /** n₁ */
  coded: number;
  /** S₁ */
  squares: number;
  /** l.. */
  pairable: number;
}

function totals(sums: UnitizedSums, coders: number): UnitizedAlphaTotals {
  const { disagreeing, coded, squares, pairable } = sums;
  const gaps = pairable - coded;
  const result = { codedLength: coded, pairableLength: pairable };
  if (coders < 2 || coded === 0 || gaps === 0) return { alpha: Number.NaN, ...result };
  const observed = disagreeing / (coders - 1);
  const expected = (pairable * coded * gaps) / (pairable * pairable - squares - gaps);
  return { alpha: 1 - observed / expected, ...result };
}
