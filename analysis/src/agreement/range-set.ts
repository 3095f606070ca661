/**
 * Interval arithmetic on sets of half-open ranges [start, end), stored flat as
 * [start₀, end₀, start₁, end₁, …], sorted, disjoint and non-touching ("normalized"). Every
 * operation is linear (or logarithmic) in the number of ranges, never in their lengths.
 */
export type RangeSet = ReadonlyArray<number>;

/**
 * Normalizes ranges given flat in any order: sorts by start, merges overlapping and touching
 * ranges (a coder's coding of one code is a yes/no state per character, so [0,5) + [5,9) is one
 * stretch [0,9)) and drops empty ones.
 */
export function normalizeRanges(flat: ReadonlyArray<number>): number[] {
  const ranges = [...flat];
  normalizeRangesInPlace(ranges);
  return ranges;
}

/**
 * normalizeRanges without allocating for the common case of a few ranges: sorts the pairs in
 * place (insertion sort up to 16 ranges, an index sort beyond) and compacts the merged result.
 */
export function normalizeRangesInPlace(ranges: number[]): void {
  const count = ranges.length / 2;
  if (count <= 16) {
    for (let i = 1; i < count; i++) {
      const start = ranges[2 * i];
      const end = ranges[2 * i + 1];
      let j = i - 1;
      for (; j >= 0 && ranges[2 * j] > start; j--) {
        ranges[2 * j + 2] = ranges[2 * j];
        ranges[2 * j + 3] = ranges[2 * j + 1];
      }
      ranges[2 * j + 2] = start;
      ranges[2 * j + 3] = end;
    }
  } else {
    const order = Array.from({ length: count }, (_, i) => i).sort((x, y) => ranges[2 * x] - ranges[2 * y]);
    const sorted = order.flatMap((i) => [ranges[2 * i], ranges[2 * i + 1]]);
    for (let i = 0; i < sorted.length; i++) ranges[i] = sorted[i];
  }
  let length = 0;
  for (let i = 0; i < ranges.length; i += 2) {
    const start = ranges[i];
    const end = ranges[i + 1];
    if (end <= start) continue;
    if (length > 0 && start <= ranges[length - 1]) ranges[length - 1] = Math.max(ranges[length - 1], end);
    else {
      ranges[length++] = start;
      ranges[length++] = end;
    }
  }
  if (ranges.length !== length) ranges.length = length;
}

/** Total length covered. */
export function coveredLength(ranges: RangeSet): number {
  let total = 0;
  for (let i = 0; i < ranges.length; i += 2) total += ranges[i + 1] - ranges[i];
  return total;
}

/** Σ of squared range lengths (each range counted as one indivisible unit). */
export function squaredLengths(ranges: RangeSet): number {
  let total = 0;
  for (let i = 0; i < ranges.length; i += 2) total += (ranges[i + 1] - ranges[i]) ** 2;
  return total;
}

/** Length of the intersection of two normalized sets, by a two-pointer sweep. */
export function intersectionLength(a: RangeSet, b: RangeSet): number {
  let total = 0;
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const start = Math.max(a[i], b[j]);
    const end = Math.min(a[i + 1], b[j + 1]);
    if (end > start) total += end - start;
    if (a[i + 1] < b[j + 1]) i += 2;
    else j += 2;
  }
  return total;
}

/** a \ b as a normalized set: the maximal stretches in a that b does not cover. */
export function rangeDifference(a: RangeSet, b: RangeSet): number[] {
  const result: number[] = [];
  let j = 0;
  for (let i = 0; i < a.length; i += 2) {
    let cursor = a[i];
    const end = a[i + 1];
    while (j < b.length && b[j + 1] <= cursor) j += 2;
    let k = j;
    while (k < b.length && b[k] < end) {
      if (b[k] > cursor) result.push(cursor, b[k]);
      cursor = Math.max(cursor, b[k + 1]);
      k += 2;
    }
    if (cursor < end) result.push(cursor, end);
  }
  return result;
}

/** Whether the set shares at least one position with [start, end); binary search. */
export function overlapsRange(ranges: RangeSet, start: number, end: number): boolean {
  if (end <= start) return false;
  // First range whose end lies beyond `start`.
  let low = 0;
  let high = ranges.length / 2;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (ranges[2 * middle + 1] <= start) low = middle + 1;
    else high = middle;
  }
  return low < ranges.length / 2 && ranges[2 * low] < end;
}
