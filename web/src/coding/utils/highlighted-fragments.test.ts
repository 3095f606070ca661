import { describe, expect, it } from 'vitest';
import { highlightedFragments } from './highlighted-fragments';

describe(highlightedFragments.name, () => {
  it('returns nothing for an empty string', () => {
    expect(highlightedFragments('')).toEqual([]);
  });

  it('marks the wrapped words', () => {
    expect(highlightedFragments('ik «vertrouw» de «uitleg» … niet')).toEqual([
      { text: 'ik ', match: false },
      { text: 'vertrouw', match: true },
      { text: ' de ', match: false },
      { text: 'uitleg', match: true },
      { text: ' … niet', match: false },
    ]);
  });

  it('leaves an unmatched marker as text', () => {
    expect(highlightedFragments('a « b')).toEqual([{ text: 'a « b', match: false }]);
  });
});
