import { CooccurrenceInputError } from './cooccurrence-input-error.js';

/** Groups spans by a key, each group sorted by start (then end), after checking every range. */
export function groupSortedByStart<T extends { start: number; end: number }>(
  spans: readonly T[],
  keyOf: (span: T) => string,
): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const span of spans) {
    assertRange(span);
    const key = keyOf(span);
    const group = groups.get(key) ?? [];
    group.push(span);
    groups.set(key, group);
  }
  for (const group of groups.values()) group.sort((a, b) => a.start - b.start || a.end - b.end);
  return groups;
}

function assertRange(span: { start: number; end: number }): void {
  const { start, end } = span;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end <= start) {
    throw new CooccurrenceInputError(
      'COOCCURRENCE_INVALID_RANGE',
      `a span must cover at least one code point with integer offsets (got ${start}–${end})`,
      { start, end },
    );
  }
}
