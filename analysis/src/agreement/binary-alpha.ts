/** What Krippendorff's alpha needs from complete binary (present/absent) data: four sums. */
export interface BinaryAlphaSums {
  /** Units, each judged by every coder. */
  readonly units: number;
  readonly coders: number;
  /** n₁: "present" judgements over all units and coders. */
  readonly present: number;
  /** Σ_u k_u(m − k_u), k_u = coders saying present in unit u: ordered disagreeing coder pairs. */
  readonly disagreeingPairs: number;
}

/**
 * Krippendorff's nominal alpha for binary data without missing values, from sums alone:
 * o₀₁ + o₁₀ = 2 Σ_u k_u(m − k_u)/(m − 1), n = m·U, n₀ = n − n₁, so
 *   α = 1 − (n − 1) · (o₀₁ + o₁₀) / (2 n₀ n₁).
 * Equal to krippendorffAlpha(rows, 'nominal') on the same data, but O(1) once the sums are
 * known, so per-code and pooled values cost nothing extra. NaN when undefined.
 */
export function binaryAlpha(sums: BinaryAlphaSums): number {
  const { units, coders, present, disagreeingPairs } = sums;
  const pairable = units * coders;
  const absent = pairable - present;
  if (coders < 2 || present === 0 || absent === 0) return Number.NaN;
  const observed = (2 * disagreeingPairs) / (coders - 1);
  return 1 - ((pairable - 1) * observed) / (2 * present * absent);
}
