import { regularizedIncompleteBeta } from './incomplete-beta.js';

// Student's t distribution from the regularized incomplete beta function, so confidence intervals
// need no statistics package: P(T > t) = ½ I_{ν/(ν+t²)}(ν/2, ½) for t ≥ 0.

/** Upper-tail probability P(T > t) for t ≥ 0 (and by symmetry for t < 0). */
export function studentTUpperTail(t: number, degreesOfFreedom: number): number {
  assertDegreesOfFreedom(degreesOfFreedom);
  if (Number.isNaN(t)) return Number.NaN;
  const tail = 0.5 * regularizedIncompleteBeta(degreesOfFreedom / (degreesOfFreedom + t * t), degreesOfFreedom / 2, 0.5);
  return t >= 0 ? tail : 1 - tail;
}

/** Cumulative probability P(T ≤ t). */
export function studentTCdf(t: number, degreesOfFreedom: number): number {
  return 1 - studentTUpperTail(t, degreesOfFreedom);
}

/**
 * The p-quantile of Student's t with ν degrees of freedom (ν > 0, not necessarily whole), e.g.
 * studentTQuantile(0.975, 9) = 2.262157. Solved by bisection on the upper tail, which keeps full
 * precision far out in the tails.
 */
export function studentTQuantile(p: number, degreesOfFreedom: number): number {
  assertDegreesOfFreedom(degreesOfFreedom);
  if (!(p > 0 && p < 1)) throw new RangeError(`a t quantile's probability must be strictly within 0–1 (got ${p})`);
  if (p === 0.5) return 0;
  if (p < 0.5) return -studentTQuantile(1 - p, degreesOfFreedom);
  const target = 1 - p;
  let low = 0;
  let high = 1;
  while (studentTUpperTail(high, degreesOfFreedom) > target) {
    low = high;
    high *= 2;
  }
  for (let iteration = 0; iteration < 200 && high - low > 1e-14 * high; iteration += 1) {
    const middle = (low + high) / 2;
    if (studentTUpperTail(middle, degreesOfFreedom) > target) low = middle;
    else high = middle;
  }
  return (low + high) / 2;
}

function assertDegreesOfFreedom(degreesOfFreedom: number): void {
  if (!(degreesOfFreedom > 0) || !Number.isFinite(degreesOfFreedom)) {
    throw new RangeError(`degrees of freedom must be positive and finite (got ${degreesOfFreedom})`);
  }
}
