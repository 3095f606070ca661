import { AgreementInputError } from './agreement-input-error.js';
import { createRandom, randomInteger } from './random.js';

export interface BootstrapOptions {
  /** Number of resamples; default 1000. */
  readonly samples?: number;
  /** Two-sided coverage in (0, 1); default 0.95. */
  readonly confidence?: number;
  /** Seed of the PRNG; the same seed gives the same interval. Default 1. */
  readonly seed?: number;
}

export interface BootstrapInterval {
  /** The statistic on the data as given. */
  readonly estimate: number;
  readonly low: number;
  readonly high: number;
  /** Resamples drawn. */
  readonly samples: number;
  /** Resamples whose statistic was defined (not NaN); the percentiles are taken over these. */
  readonly validSamples: number;
  readonly confidence: number;
  readonly seed: number;
  readonly method: string;
}

export const DEFAULT_BOOTSTRAP = { samples: 1000, confidence: 0.95, seed: 1 } as const;

const METHOD = 'percentile bootstrap resampling units with replacement (Efron & Tibshirani 1993)';

/**
 * Percentile bootstrap confidence interval: draws `samples` resamples of the units with
 * replacement (seeded xoshiro128**, so reproducible), evaluates `statistic` on each and takes the
 * (1 − confidence)/2 and (1 + confidence)/2 quantiles (linear interpolation, R's type 7) of the
 * defined results. Resamples where the statistic is NaN (e.g. no variation left) are dropped and
 * counted out in `validSamples`; low/high are NaN when none is defined.
 *
 * The array passed to `statistic` is reused between resamples: read it, do not keep it.
 */
export function bootstrapInterval<T>(
  statistic: (units: ReadonlyArray<T>) => number,
  units: ReadonlyArray<T>,
  options: BootstrapOptions = {},
): BootstrapInterval {
  const { samples, confidence, seed } = checkedOptions(options);
  const resample = new Array<T>(units.length);
  const random = createRandom(seed);
  const replicates = new Float64Array(samples);
  let validSamples = 0;
  for (let draw = 0; draw < samples; draw++) {
    for (let i = 0; i < units.length; i++) resample[i] = units[randomInteger(random, units.length)];
    const value = statistic(resample);
    if (!Number.isNaN(value)) replicates[validSamples++] = value;
  }
  const defined = replicates.subarray(0, validSamples).sort();
  const tail = (1 - confidence) / 2;
  return {
    estimate: statistic(units),
    low: interpolatedQuantile(defined, tail),
    high: interpolatedQuantile(defined, 1 - tail),
    samples,
    validSamples,
    confidence,
    seed,
    method: METHOD,
  };
}

/** Quantile of ascending values by linear interpolation (Hyndman & Fan type 7); NaN when empty. */
export function interpolatedQuantile(sorted: ArrayLike<number>, probability: number): number {
  if (sorted.length === 0) return Number.NaN;
  const position = (sorted.length - 1) * probability;
  const below = Math.floor(position);
  const above = Math.min(below + 1, sorted.length - 1);
  return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
}

function checkedOptions(options: BootstrapOptions): Required<BootstrapOptions> {
  const samples = options.samples ?? DEFAULT_BOOTSTRAP.samples;
  const confidence = options.confidence ?? DEFAULT_BOOTSTRAP.confidence;
  const seed = options.seed ?? DEFAULT_BOOTSTRAP.seed;
  if (!Number.isSafeInteger(samples) || samples < 1) {
    throw new AgreementInputError('AGREEMENT_INVALID_OPTION', `samples must be a positive integer, got ${samples}`, {
      option: 'samples',
    });
  }
  if (!(confidence > 0 && confidence < 1)) {
    throw new AgreementInputError('AGREEMENT_INVALID_OPTION', `confidence must lie strictly between 0 and 1, got ${confidence}`, {
      option: 'confidence',
    });
  }
  if (!Number.isSafeInteger(seed)) {
    throw new AgreementInputError('AGREEMENT_INVALID_OPTION', `the seed must be a safe integer, got ${seed}`, { option: 'seed' });
  }
  return { samples, confidence, seed };
}
