import { encodeReliabilityData, type EncodedReliabilityData, type MeasurementLevel } from './reliability-data.js';

/**
 * Krippendorff's alpha (Krippendorff 2011, "Computing Krippendorff's Alpha-Reliability"):
 *   α = 1 − Dₒ/Dₑ = 1 − (n − 1) · Σ_c Σ_k o_ck δ²_ck / Σ_c Σ_k n_c n_k δ²_ck
 * where o_ck is the coincidence matrix (each ordered pair of values within a unit counts
 * 1/(m_u − 1)), n_c its marginals and n the number of pairable values. δ² is
 *   nominal  [c ≠ k]
 *   ordinal  (Σ_{g=c..k} n_g − (n_c + n_k)/2)², the rank metric over the observed frequencies
 *   interval (c − k)²
 *   ratio    ((c − k)/(c + k))²
 *
 * `data`: rows = coders, columns = units, null = missing; units with fewer than two values are
 * not pairable and drop out. NaN when nothing is pairable or all pairable values are equal.
 * Throws on ragged rows and on values that do not fit the level (see encodeReliabilityData).
 *
 * Runs in O(units · coders² + V log V) time (O(V²) for ratio, V = distinct values): the
 * coincidences are summed against δ² as they are counted rather than stored as a V × V matrix,
 * because interval data can have as many distinct values as units. Use coincidenceMatrix() to
 * display the matrix itself.
 */
export function krippendorffAlpha(
  data: ReadonlyArray<ReadonlyArray<string | number | null>>,
  level: MeasurementLevel,
): number {
  return alphaOfEncoded(encodeReliabilityData(data, level), level);
}

/**
 * Alpha of already encoded reliability data, optionally over a multiset of its units (unit
 * indices, repeats allowed), which is how the bootstrap resamples without re-encoding.
 */
export function alphaOfEncoded(
  encoded: EncodedReliabilityData,
  level: MeasurementLevel,
  unitSample?: ArrayLike<number>,
): number {
  const { coders, values, codes } = encoded;
  const counts = unitSample === undefined ? encoded.pairableCounts : countPairable(encoded, unitSample);
  let pairable = 0;
  let distinct = 0;
  for (const count of counts) {
    pairable += count;
    if (count > 0) distinct++;
  }
  if (distinct < 2) return Number.NaN;

  const numeric = level === 'nominal' ? new Float64Array(0) : Float64Array.from(values, Number);
  const position = level === 'ordinal' ? ordinalPositions(numeric, counts) : numeric;
  const delta = differenceFunction(level, position);

  // Σ_u Σ_{i≠j} δ²(v_ui, v_uj)/(m_u − 1) = n · Dₒ, summing each unordered pair twice.
  let observed = 0;
  const unitCount = unitSample === undefined ? encoded.units : unitSample.length;
  for (let i = 0; i < unitCount; i++) {
    const offset = (unitSample === undefined ? i : unitSample[i]) * coders;
    let present = 0;
    let unitSum = 0;
    for (let first = 0; first < coders; first++) {
      const c = codes[offset + first];
      if (c < 0) continue;
      present++;
      for (let second = first + 1; second < coders; second++) {
        const k = codes[offset + second];
        if (k >= 0 && k !== c) unitSum += delta(c, k);
      }
    }
    if (present >= 2) observed += (2 * unitSum) / (present - 1);
  }

  const expected = expectedSum(level, counts, pairable, position, delta);
  return 1 - ((pairable - 1) * observed) / expected;
}

/** Σ_c Σ_k n_c n_k δ²_ck = n(n − 1) · Dₑ, in O(V) for all levels but ratio. */
function expectedSum(
  level: MeasurementLevel,
  counts: Float64Array,
  pairable: number,
  position: Float64Array,
  delta: (c: number, k: number) => number,
): number {
  switch (level) {
    case 'nominal': {
      let sumOfSquares = 0;
      for (const count of counts) sumOfSquares += count * count;
      return pairable * pairable - sumOfSquares;
    }
    case 'ordinal':
    case 'interval': {
      // Σ_c Σ_k n_c n_k (x_c − x_k)² = 2n Σ_c n_c (x_c − x̄)², centred to avoid cancellation.
      let sum = 0;
      for (let c = 0; c < counts.length; c++) sum += counts[c] * position[c];
      const mean = sum / pairable;
      let squares = 0;
      for (let c = 0; c < counts.length; c++) squares += counts[c] * (position[c] - mean) ** 2;
      return 2 * pairable * squares;
    }
    case 'ratio': {
      let total = 0;
      for (let c = 0; c < counts.length; c++) {
        if (counts[c] === 0) continue;
        for (let k = c + 1; k < counts.length; k++) {
          if (counts[k] > 0) total += counts[c] * counts[k] * delta(c, k);
        }
      }
      return 2 * total;
    }
  }
}

function differenceFunction(level: MeasurementLevel, position: Float64Array): (c: number, k: number) => number {
  switch (level) {
    case 'nominal':
      return (c, k) => (c === k ? 0 : 1);
    case 'ordinal':
    case 'interval':
      return (c, k) => (position[c] - position[k]) ** 2;
    case 'ratio':
      return (c, k) => {
        const sum = position[c] + position[k];
        return sum === 0 ? 0 : ((position[c] - position[k]) / sum) ** 2;
      };
  }
}

/**
 * Krippendorff's ordinal δ²_ck = (Σ_{g=c..k} n_g − (n_c + n_k)/2)² equals (t_k − t_c)² with the
 * mid-rank t_c = Σ_{g<c} n_g + n_c/2, so ordinal alpha is interval alpha on mid-ranks.
 */
function ordinalPositions(numeric: Float64Array, counts: Float64Array): Float64Array {
  const order = Array.from(numeric.keys()).sort((x, y) => numeric[x] - numeric[y]);
  const position = new Float64Array(numeric.length);
  let below = 0;
  for (const code of order) {
    position[code] = below + counts[code] / 2;
    below += counts[code];
  }
  return position;
}

function countPairable(encoded: EncodedReliabilityData, unitSample: ArrayLike<number>): Float64Array {
  const { coders, codes } = encoded;
  const counts = new Float64Array(encoded.values.length);
  for (let i = 0; i < unitSample.length; i++) {
    const offset = unitSample[i] * coders;
    let present = 0;
    for (let coder = 0; coder < coders; coder++) if (codes[offset + coder] >= 0) present++;
    if (present < 2) continue;
    for (let coder = 0; coder < coders; coder++) {
      const code = codes[offset + coder];
      if (code >= 0) counts[code] += 1;
    }
  }
  return counts;
}
