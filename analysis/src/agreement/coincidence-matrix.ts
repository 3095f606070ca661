import { encodeReliabilityData, type MeasurementLevel } from './reliability-data.js';

/** Krippendorff's coincidence matrix of reliability data, for display and checking. */
export interface CoincidenceMatrix {
  /** The pairable values: numbers ascending, then strings in code-unit order. */
  readonly values: ReadonlyArray<string | number>;
  /** `matrix[c][k]` = o_ck, the coincidences of values[c] with values[k]. */
  readonly matrix: ReadonlyArray<ReadonlyArray<number>>;
  /** Row totals n_c. */
  readonly totals: ReadonlyArray<number>;
  /** n, the number of pairable values. */
  readonly pairable: number;
}

/**
 * Builds o_ck = Σ_u (number of ordered coder pairs in u with values c, k)/(m_u − 1) (Krippendorff
 * 2011). Dense V × V, so meant for showing the matrix when V is small; krippendorffAlpha does
 * not need it. `level` only selects which values are accepted (see encodeReliabilityData).
 */
export function coincidenceMatrix(
  data: ReadonlyArray<ReadonlyArray<string | number | null>>,
  level: MeasurementLevel = 'nominal',
): CoincidenceMatrix {
  const encoded = encodeReliabilityData(data, level);
  const { coders, codes, values, pairableCounts } = encoded;
  const shown = Array.from(values.keys())
    .filter((code) => pairableCounts[code] > 0)
    .sort((x, y) => compareValues(values[x], values[y]));
  const row = new Int32Array(values.length).fill(-1);
  shown.forEach((code, index) => (row[code] = index));
  const matrix = shown.map(() => new Array<number>(shown.length).fill(0));
  for (let unit = 0, offset = 0; unit < encoded.units; unit++, offset += coders) {
    let present = 0;
    for (let coder = 0; coder < coders; coder++) if (codes[offset + coder] >= 0) present++;
    if (present < 2) continue;
    const weight = 1 / (present - 1);
    for (let first = 0; first < coders; first++) {
      const c = codes[offset + first];
      if (c < 0) continue;
      for (let second = 0; second < coders; second++) {
        const k = codes[offset + second];
        if (second !== first && k >= 0) matrix[row[c]][row[k]] += weight;
      }
    }
  }
  return {
    values: shown.map((code) => values[code]),
    matrix,
    totals: shown.map((code) => pairableCounts[code]),
    pairable: encoded.pairable,
  };
}

function compareValues(x: string | number, y: string | number): number {
  if (typeof x === 'number' && typeof y === 'number') return x - y;
  if (typeof x === 'number') return -1;
  if (typeof y === 'number') return 1;
  return x < y ? -1 : x > y ? 1 : 0;
}
