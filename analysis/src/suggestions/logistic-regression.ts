/**
 * A passage as a sparse vector: the indices of the terms it contains, all with the same value
 * (binary presence scaled to unit length, so long and short passages weigh alike).
 */
export interface SparseExample {
  indices: readonly number[];
  value: number;
}

export interface LogisticRegressionOptions {
  /** L2 penalty on the weights (not the bias); larger pulls probabilities towards the prior. */
  l2: number;
  iterations: number;
}

export interface LogisticRegressionModel {
  bias: number;
  weights: number[];
}

/**
 * Binary L2-regularized logistic regression, fitted by Nesterov-accelerated full-batch gradient
 * descent on the mean log loss. Deterministic: no sampling, so the same data give the same model.
 * Minimizing log loss is what makes the output probabilities roughly calibrated.
 */
export function fitLogisticRegression(
  examples: readonly SparseExample[],
  labels: readonly boolean[],
  dimension: number,
  options: LogisticRegressionOptions,
): LogisticRegressionModel {
  const n = examples.length;
  const positives = labels.filter(Boolean).length;
  // Start at the prior's log-odds (clipped so an all-positive or all-negative code stays finite).
  const prior = Math.min(Math.max(positives / Math.max(n, 1), 1e-3), 1 - 1e-3);
  let bias = Math.log(prior / (1 - prior));
  if (n === 0) return { bias, weights: new Array<number>(dimension).fill(0) };

  // Step 1/L, with L bounding the loss's curvature: ¼ max ‖(x, 1)‖² for the log loss, plus the penalty.
  const maxSquaredNorm = Math.max(...examples.map((example) => example.indices.length * example.value ** 2)) + 1;
  const step = 1 / (0.25 * maxSquaredNorm + options.l2);

  let weights = new Float64Array(dimension);
  let previousWeights = new Float64Array(dimension);
  let previousBias = bias;
  const lookahead = new Float64Array(dimension);
  const gradient = new Float64Array(dimension);
  for (let iteration = 1; iteration <= options.iterations; iteration += 1) {
    const momentum = (iteration - 1) / (iteration + 2);
    for (let j = 0; j < dimension; j += 1) lookahead[j] = weights[j] + momentum * (weights[j] - previousWeights[j]);
    const lookaheadBias = bias + momentum * (bias - previousBias);

    gradient.fill(0);
    let biasGradient = 0;
    examples.forEach((example, i) => {
      let z = lookaheadBias;
      for (const j of example.indices) z += lookahead[j] * example.value;
      const residual = sigmoid(z) - (labels[i] ? 1 : 0);
      biasGradient += residual;
      for (const j of example.indices) gradient[j] += residual * example.value;
    });

    [previousWeights, weights] = [weights, previousWeights];
    previousBias = bias;
    for (let j = 0; j < dimension; j += 1) {
      weights[j] = lookahead[j] - step * (gradient[j] / n + options.l2 * lookahead[j]);
    }
    bias = lookaheadBias - step * (biasGradient / n);
  }
  return { bias, weights: Array.from(weights) };
}

/** P(label | example) under a fitted model. */
export function predictProbability(model: LogisticRegressionModel, example: SparseExample): number {
  let z = model.bias;
  for (const j of example.indices) z += (model.weights[j] ?? 0) * example.value;
  return sigmoid(z);
}

export function sigmoid(z: number): number {
  // Split by sign so exp never overflows.
  if (z >= 0) return 1 / (1 + Math.exp(-z));
  const e = Math.exp(z);
  return e / (1 + e);
}
