import { describe, expect, it } from 'vitest';
import { passageTerms, toSparseExample } from './passage-features.js';

describe(passageTerms.name, () => {
  it('returns distinct stems without stop words when a Dutch passage repeats inflections', () => {
    expect(passageTerms('Ik vertrouw het, want het is vertrouwd.', 'nl')).toEqual(['vertrouw']);
  });

  it('returns no terms when there is no data', () => {
    expect(passageTerms('', 'de')).toEqual([]);
  });
});

describe(toSparseExample.name, () => {
  const vocabulary = { vertrouw: 0, uitleg: 1 };

  it('returns unit-length indices over known terms when some terms are unknown', () => {
    const example = toSparseExample(['uitleg', 'onbekend', 'vertrouw'], vocabulary);
    expect(example.indices).toEqual([1, 0]);
    expect(example.value).toBeCloseTo(Math.SQRT1_2, 15);
  });

  it('returns an empty vector when no term is known, even inherited object keys', () => {
    expect(toSparseExample(['constructor', '__proto__'], vocabulary)).toEqual({ indices: [], value: 0 });
  });
});
