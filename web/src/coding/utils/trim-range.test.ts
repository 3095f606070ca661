import { describe, expect, it } from 'vitest';
import { createCodePointIndex } from './code-point-index';
import { trimRange } from './trim-range';

describe(trimRange.name, () => {
  const index = createCodePointIndex('😀  ik vertrouw het \n niet');

  it('drops white space at both ends, counting code points', () => {
    expect(trimRange(index, { start: 1, end: 20 })).toEqual({ start: 3, end: 18 });
    expect(index.slice(3, 18)).toBe('ik vertrouw het');
  });

  it('returns null for white space only', () => {
    expect(trimRange(index, { start: 1, end: 3 })).toBeNull();
  });
});
