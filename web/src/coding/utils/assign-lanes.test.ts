import { describe, expect, it } from 'vitest';
import { assignLanes } from './assign-lanes';

describe(assignLanes.name, () => {
  it('returns no lanes for no ranges', () => {
    expect(assignLanes([]).size).toBe(0);
  });

  it('puts ranges that do not overlap in one lane and overlapping ones side by side', () => {
    const lanes = assignLanes([
      { id: 'a', start: 0, end: 10 },
      { id: 'b', start: 5, end: 15 },
      { id: 'c', start: 10, end: 20 },
      { id: 'd', start: 6, end: 8 },
    ]);
    expect(Object.fromEntries(lanes)).toEqual({ a: 0, b: 1, d: 2, c: 0 });
  });
});
