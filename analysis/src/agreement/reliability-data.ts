import { AgreementInputError } from './agreement-input-error.js';

/** Krippendorff's levels of measurement; each has its own difference function δ². */
export type MeasurementLevel = 'nominal' | 'ordinal' | 'interval' | 'ratio';

export const MEASUREMENT_LEVELS: readonly MeasurementLevel[] = ['nominal', 'ordinal', 'interval', 'ratio'];

/** A coder × unit reliability matrix with every distinct value replaced by a small integer. */
export interface EncodedReliabilityData {
  readonly coders: number;
  readonly units: number;
  /** The distinct values in order of first appearance; a value's code is its index here. */
  readonly values: ReadonlyArray<string | number>;
  /** Unit-major codes, `codes[unit * coders + coder]`, −1 where the coder gave no value. */
  readonly codes: Int32Array;
  /**
   * How often each value occurs in units with at least two values (Krippendorff's nᶜ, the
   * coincidence-matrix marginals), and their sum n (the number of pairable values).
   */
  readonly pairableCounts: Float64Array;
  readonly pairable: number;
}

/**
 * Validates reliability data (rows = coders, columns = units, null = missing) and encodes it into
 * typed arrays in two linear passes, so million-unit matrices cost no per-unit allocation.
 * Throws on ragged rows, on values that are neither string, finite number nor null, on
 * non-numeric values for ordinal/interval/ratio data, and on negative values for ratio data.
 */
export function encodeReliabilityData(
  data: ReadonlyArray<ReadonlyArray<string | number | null>>,
  level: MeasurementLevel,
): EncodedReliabilityData {
  if (!MEASUREMENT_LEVELS.includes(level)) {
    throw new AgreementInputError('AGREEMENT_INVALID_LEVEL', `unknown level of measurement ${String(level)}`, {
      level: String(level),
    });
  }
  const coders = data.length;
  const units = coders === 0 ? 0 : data[0].length;
  data.forEach((row, coder) => {
    if (row.length !== units) {
      throw new AgreementInputError(
        'AGREEMENT_RAGGED_MATRIX',
        `coder ${coder} has ${row.length} units, the first coder has ${units}`,
        { row: coder, length: row.length, expected: units },
      );
    }
  });
  // One unit-major pass: codes are written sequentially and the pairable counts are taken in
  // the same sweep, which keeps million-unit data streaming through the cache once.
  const codes = new Int32Array(coders * units);
  const codeOf = new Map<string | number, number>();
  const values: Array<string | number> = [];
  const counts: number[] = [];
  let pairable = 0;
  for (let unit = 0, offset = 0; unit < units; unit++, offset += coders) {
    let present = 0;
    for (let coder = 0; coder < coders; coder++) {
      const value = data[coder][unit];
      let code = -1;
      if (value !== null) {
        const known = codeOf.get(value);
        if (known === undefined) {
          checkValue(value, level, coder, unit);
          code = values.length;
          codeOf.set(value, code);
          values.push(value);
          counts.push(0);
        } else code = known;
        present++;
      }
      codes[offset + coder] = code;
    }
    if (present < 2) continue;
    pairable += present;
    for (let coder = 0; coder < coders; coder++) {
      const code = codes[offset + coder];
      if (code >= 0) counts[code] += 1;
    }
  }
  const pairableCounts = Float64Array.from(counts);
  return { coders, units, values, codes, pairableCounts, pairable };
}

function checkValue(value: unknown, level: MeasurementLevel, coder: number, unit: number): void {
  const where = { row: coder, column: unit };
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) {
      throw new AgreementInputError('AGREEMENT_INVALID_VALUE', `value of coder ${coder} for unit ${unit} is not finite`, where);
    }
    if (level === 'ratio' && value < 0) {
      throw new AgreementInputError(
        'AGREEMENT_NEGATIVE_RATIO_VALUE',
        `ratio data cannot be negative (coder ${coder}, unit ${unit}: ${value})`,
        where,
      );
    }
    return;
  }
  if (typeof value !== 'string') {
    throw new AgreementInputError(
      'AGREEMENT_INVALID_VALUE',
      `value of coder ${coder} for unit ${unit} must be a string, a number or null`,
      where,
    );
  }
  if (level !== 'nominal') {
    // Strings carry no order or distance, so only nominal data may use them.
    throw new AgreementInputError(
      'AGREEMENT_NON_NUMERIC_VALUE',
      `${level} data need numbers, coder ${coder} gave "${value}" for unit ${unit}`,
      { ...where, level },
    );
  }
}
