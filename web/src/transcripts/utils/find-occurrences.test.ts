import { describe, expect, it } from 'vitest';
import { createCodePointIndex } from '../../coding/utils/code-point-index';
import { findOccurrences } from './find-occurrences';

describe(findOccurrences.name, () => {
  const index = createCodePointIndex('😀 Anna en Annabel; Anna, zei Jörg.');

  it('finds whole words only, in code points', () => {
    expect(findOccurrences(index, 'Anna')).toEqual([
      { start: 2, end: 6 },
      { start: 19, end: 23 },
    ]);
  });

  it('finds words with accents', () => {
    expect(findOccurrences(index, 'Jörg')).toEqual([{ start: 29, end: 33 }]);
  });

  it('finds nothing for blank input', () => {
    expect(findOccurrences(index, ' ')).toEqual([]);
  });
});
