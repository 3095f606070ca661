/**
 * ATLAS.ti's c-coefficient for a code pair: c = n12 / (n1 + n2 − n12), where n1 and n2 count each
 * code's units and n12 their co-occurrences. With segments as units it is the Jaccard index (0–1);
 * with overlapping passages n12 counts passage pairs and can exceed min(n1, n2), and then c can exceed 1.
 * Returns 0 when neither code occurs.
 */
export function cCoefficient(n12: number, n1: number, n2: number): number {
  const denominator = n1 + n2 - n12;
  return denominator > 0 ? n12 / denominator : 0;
}
