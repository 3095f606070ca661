import { AgreementInputError } from './agreement-input-error.js';
import { bootstrapInterval, type BootstrapInterval, type BootstrapOptions } from './bootstrap-interval.js';
import { cohenKappa } from './cohen-kappa.js';

/**
 * Cohen's kappa with a seeded percentile-bootstrap interval over units (unit pairs are resampled
 * together, missing values included, so each resample keeps the study's design).
 */
export function cohenKappaInterval(
  a: ReadonlyArray<string | null>,
  b: ReadonlyArray<string | null>,
  options: BootstrapOptions = {},
): BootstrapInterval {
  if (a.length !== b.length) {
    throw new AgreementInputError(
      'AGREEMENT_LENGTH_MISMATCH',
      `the two coders rated a different number of units (${a.length} and ${b.length})`,
      { first: a.length, second: b.length },
    );
  }
  const first = new Array<string | null>(a.length);
  const second = new Array<string | null>(a.length);
  const units = Array.from(a.keys());
  const result = bootstrapInterval(
    (sample: ReadonlyArray<number>) => {
      for (let i = 0; i < sample.length; i++) {
        first[i] = a[sample[i]];
        second[i] = b[sample[i]];
      }
      return cohenKappa(first, second);
    },
    units,
    options,
  );
  return { ...result, method: `Cohen's kappa (Cohen 1960); ${result.method}` };
}
