import { bootstrapInterval, type BootstrapInterval, type BootstrapOptions } from './bootstrap-interval.js';
import { alphaOfEncoded } from './krippendorff-alpha.js';
import { encodeReliabilityData, type MeasurementLevel } from './reliability-data.js';

/**
 * Krippendorff's alpha with a seeded percentile-bootstrap interval over units (columns). The data
 * are encoded once; each resample only re-counts codes, so it costs O(units · coders²).
 * Krippendorff's own bootstrap (Hayes & Krippendorff 2007) resamples pairs of values instead;
 * resampling units is the common nonparametric alternative and respects within-unit dependence.
 */
export function krippendorffAlphaInterval(
  data: ReadonlyArray<ReadonlyArray<string | number | null>>,
  level: MeasurementLevel,
  options: BootstrapOptions = {},
): BootstrapInterval {
  const encoded = encodeReliabilityData(data, level);
  const sample = new Int32Array(encoded.units);
  const result = bootstrapInterval(
    (units: ReadonlyArray<number>) => {
      for (let i = 0; i < units.length; i++) sample[i] = units[i];
      return alphaOfEncoded(encoded, level, sample.subarray(0, units.length));
    },
    Array.from({ length: encoded.units }, (_, unit) => unit),
    options,
  );
  return { ...result, method: `Krippendorff's alpha, ${level} (Krippendorff 2011); ${result.method}` };
}
