import type { CodeMetrics } from '../api/suggestions';

export interface QualityRow extends CodeMetrics {
  name: string;
  /** Too few passages with this code for its precision and recall to be more than a hint. */
  fewExamples: boolean;
}

/** Below this many coded passages, a code's cross-validated figures swing with a single passage. */
export const FEW_EXAMPLES = 10;

/** Per-code quality rows named in the reader's language, the codes with most examples first. */
export function qualityRows(perCode: readonly CodeMetrics[], nameOf: (codeId: string) => string): QualityRow[] {
  return perCode
    .map((metrics) => ({ ...metrics, name: nameOf(metrics.codeId), fewExamples: metrics.support < FEW_EXAMPLES }))
    .sort((a, b) => b.support - a.support || a.name.localeCompare(b.name));
}
