import { describe, expect, it } from 'vitest';
import { textPieces } from './text-pieces';

describe(textPieces.name, () => {
  it('returns nothing for an empty block', () => {
    expect(textPieces(5, 5, [])).toEqual([]);
  });

  it('returns the block as one piece when nothing is coded', () => {
    expect(textPieces(0, 10, [])).toEqual([{ start: 0, end: 10, ids: [] }]);
  });

  it('layers overlapping ranges', () => {
    expect(
      textPieces(0, 10, [
        { id: 'a', start: 2, end: 6 },
        { id: 'b', start: 4, end: 8 },
      ]),
    ).toEqual([
      { start: 0, end: 2, ids: [] },
      { start: 2, end: 4, ids: ['a'] },
      { start: 4, end: 6, ids: ['a', 'b'] },
      { start: 6, end: 8, ids: ['b'] },
      { start: 8, end: 10, ids: [] },
    ]);
  });

  it('clips ranges that reach beyond the block, and ignores empty or outside ones', () => {
    expect(
      textPieces(10, 20, [
        { id: 'long', start: 0, end: 15 },
        { id: 'outside', start: 20, end: 30 },
        { id: 'empty', start: 12, end: 12 },
      ]),
    ).toEqual([
      { start: 10, end: 15, ids: ['long'] },
      { start: 15, end: 20, ids: [] },
    ]);
  });
});
