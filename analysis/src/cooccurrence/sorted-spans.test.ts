import { describe, expect, it } from 'vitest';
import { CooccurrenceInputError } from './cooccurrence-input-error.js';
import { groupSortedByStart } from './sorted-spans.js';

describe(groupSortedByStart.name, () => {
  it('returns no groups when there is no data', () => {
    expect(groupSortedByStart([], () => 'x').size).toBe(0);
  });

  it('returns each group sorted by start, then end', () => {
    const spans = [
      { key: 't1', start: 5, end: 9 },
      { key: 't2', start: 0, end: 1 },
      { key: 't1', start: 0, end: 7 },
      { key: 't1', start: 0, end: 3 },
    ];
    const groups = groupSortedByStart(spans, (span) => span.key);
    expect(groups.get('t1')?.map(({ start, end }) => [start, end])).toEqual([
      [0, 3],
      [0, 7],
      [5, 9],
    ]);
    expect(groups.get('t2')).toHaveLength(1);
  });

  it.each([
    { name: 'empty', start: 4, end: 4 },
    { name: 'reversed', start: 5, end: 2 },
    { name: 'negative', start: -1, end: 2 },
    { name: 'fractional', start: 0.5, end: 2 },
  ])('throws COOCCURRENCE_INVALID_RANGE when a span is $name', ({ start, end }) => {
    expect(() => groupSortedByStart([{ start, end }], () => 'x')).toThrow(CooccurrenceInputError);
    expect(() => groupSortedByStart([{ start, end }], () => 'x')).toThrow(
      expect.objectContaining({ code: 'COOCCURRENCE_INVALID_RANGE' }),
    );
  });
});
