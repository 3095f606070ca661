import { describe, expect, it } from 'vitest';
import { fitLogisticRegression, predictProbability, sigmoid, type SparseExample } from './logistic-regression.js';

const options = { l2: 0.001, iterations: 300 };
const empty: SparseExample = { indices: [], value: 0 };

describe(fitLogisticRegression.name, () => {
  it('returns zero weights when there is no data', () => {
    expect(fitLogisticRegression([], [], 3, options).weights).toEqual([0, 0, 0]);
  });

  it('returns the base rate as probability when passages have no terms', () => {
    const labels = [true, true, true, false, false, false, false, false, false, false];
    const model = fitLogisticRegression(labels.map(() => empty), labels, 0, options);
    expect(predictProbability(model, empty)).toBeCloseTo(0.3, 6);
  });

  it('returns a finite model when every passage has the code (one group)', () => {
    const model = fitLogisticRegression([empty, empty], [true, true], 0, options);
    expect(Number.isFinite(model.bias)).toBe(true);
    expect(predictProbability(model, empty)).toBeGreaterThan(0.99);
  });

  it('returns a near-zero penalized gradient (the optimum) when the data are mixed', () => {
    const examples: SparseExample[] = [
      { indices: [0, 1], value: Math.SQRT1_2 },
      { indices: [0], value: 1 },
      { indices: [1, 2], value: Math.SQRT1_2 },
      { indices: [2], value: 1 },
      { indices: [0, 2], value: Math.SQRT1_2 },
      { indices: [1], value: 1 },
    ];
    const labels = [true, true, false, false, true, false];
    const l2 = 0.05;
    const model = fitLogisticRegression(examples, labels, 3, { l2, iterations: 2000 });
    const gradient = [0, 0, 0];
    let biasGradient = 0;
    examples.forEach((example, i) => {
      const residual = predictProbability(model, example) - (labels[i] ? 1 : 0);
      biasGradient += residual / examples.length;
      for (const j of example.indices) gradient[j] += (residual * example.value) / examples.length;
    });
    gradient.forEach((g, j) => expect(g + l2 * model.weights[j]).toBeCloseTo(0, 6));
    expect(biasGradient).toBeCloseTo(0, 6);
    expect(model.weights[0]).toBeGreaterThan(0);
    expect(model.weights[2]).toBeLessThan(0);
  });
});

describe(predictProbability.name, () => {
  it('returns the bias alone when the example has terms outside the weights', () => {
    expect(predictProbability({ bias: 0, weights: [] }, { indices: [5], value: 1 })).toBe(0.5);
  });
});

describe(sigmoid.name, () => {
  it.each([
    { z: 0, expected: 0.5 },
    { z: 1000, expected: 1 },
    { z: -1000, expected: 0 },
    { z: Math.log(3), expected: 0.75 },
  ])('returns $expected when z = $z', ({ z, expected }) => {
    expect(sigmoid(z)).toBeCloseTo(expected, 12);
  });
});
