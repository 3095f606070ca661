import { describe, expect, it } from 'vitest';
import { quickCodes } from './quick-codes';

describe(quickCodes.name, () => {
  const existing = new Set(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k']);

  it('puts pinned codes before recent ones, each once', () => {
    expect(quickCodes(['c', 'a'], ['a', 'b'], existing)).toEqual(['c', 'a', 'b']);
  });

  it('skips codes that no longer exist (merged away)', () => {
    expect(quickCodes(['gone'], ['b'], existing)).toEqual(['b']);
  });

  it('stops at nine', () => {
    expect(quickCodes([], [...existing], existing)).toHaveLength(9);
  });
});
