export interface CodeMetrics {
  codeId: string;
  /** Passages that truly have the code. */
  support: number;
  /** Passages the classifier gave the code. */
  predicted: number;
  truePositives: number;
  /** truePositives / predicted; 0 when the code was never predicted (scikit-learn's zero_division=0). */
  precision: number;
  /** truePositives / support; 0 when no passage has the code. */
  recall: number;
  /** Harmonic mean of precision and recall; 0 when both are 0. */
  f1: number;
}

export interface AveragedMetrics {
  precision: number;
  recall: number;
  f1: number;
}

export interface MultiLabelMetrics {
  /** Every code that is true or predicted somewhere, in id order. */
  perCode: CodeMetrics[];
  /** Unweighted mean over codes, so rare codes count as much as common ones; NaN when there are no codes. */
  macro: AveragedMetrics;
  /** From counts pooled over codes, so common codes dominate; NaN when there are no codes. */
  micro: AveragedMetrics;
}

/** Precision, recall and F1 per code and averaged, for multi-label predictions of the same passages. */
export function multiLabelMetrics(
  truth: readonly (readonly string[])[],
  predictions: readonly (readonly string[])[],
): MultiLabelMetrics {
  if (truth.length !== predictions.length) {
    throw new RangeError(`truth and predictions differ in length (${truth.length} and ${predictions.length})`);
  }
  const counts = new Map<string, { support: number; predicted: number; truePositives: number }>();
  const entry = (codeId: string) => {
    const existing = counts.get(codeId) ?? { support: 0, predicted: 0, truePositives: 0 };
    counts.set(codeId, existing);
    return existing;
  };
  truth.forEach((trueCodes, index) => {
    const actual = new Set(trueCodes);
    const predicted = new Set(predictions[index]);
    for (const codeId of actual) entry(codeId).support += 1;
    for (const codeId of predicted) {
      const code = entry(codeId);
      code.predicted += 1;
      if (actual.has(codeId)) code.truePositives += 1;
    }
  });

  const perCode = [...counts]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([codeId, { support, predicted, truePositives }]) => ({ codeId, support, predicted, truePositives, ...scores(truePositives, predicted, support) }));
  const mean = (pick: (metrics: CodeMetrics) => number): number =>
    perCode.length === 0 ? Number.NaN : perCode.reduce((sum, metrics) => sum + pick(metrics), 0) / perCode.length;
  const pooled = perCode.reduce(
    (sum, metrics) => ({
      truePositives: sum.truePositives + metrics.truePositives,
      predicted: sum.predicted + metrics.predicted,
      support: sum.support + metrics.support,
    }),
    { truePositives: 0, predicted: 0, support: 0 },
  );
  return {
    perCode,
    macro: { precision: mean((m) => m.precision), recall: mean((m) => m.recall), f1: mean((m) => m.f1) },
    micro:
      perCode.length === 0
        ? { precision: Number.NaN, recall: Number.NaN, f1: Number.NaN }
        : scores(pooled.truePositives, pooled.predicted, pooled.support),
  };
}

function scores(truePositives: number, predicted: number, support: number): AveragedMetrics {
  const precision = predicted > 0 ? truePositives / predicted : 0;
  const recall = support > 0 ? truePositives / support : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}
