import { describe, expect, it } from 'vitest';
import type { RawIdentifier } from './identifier-candidate.js';
import { selectNonOverlapping } from './select-non-overlapping.js';

describe(selectNonOverlapping.name, () => {
  it.each([
    {
      name: 'a longer finding covers a shorter one',
      input: [{ start: 5, end: 11, kind: 'name' }, { start: 0, end: 25, kind: 'email' }],
      expected: [{ start: 0, end: 25, kind: 'email' }],
    },
    {
      name: 'a date and a phone cover the same digits',
      input: [{ start: 0, end: 10, kind: 'phone' }, { start: 0, end: 10, kind: 'date' }],
      expected: [{ start: 0, end: 10, kind: 'date' }],
    },
    {
      name: 'a list term and a detected name cover the same word',
      input: [{ start: 0, end: 6, kind: 'name' }, { start: 0, end: 6, kind: 'name', placeholder: '[NAME-4]' }],
      expected: [{ start: 0, end: 6, kind: 'name', placeholder: '[NAME-4]' }],
    },
    {
      name: 'a long capitalised guess overlaps a short definite finding',
      input: [{ start: 0, end: 20, kind: 'capitalized' }, { start: 3, end: 6, kind: 'name' }, { start: 10, end: 15, kind: 'capitalized' }],
      expected: [{ start: 3, end: 6, kind: 'name' }, { start: 10, end: 15, kind: 'capitalized' }],
    },
    {
      name: 'findings touch without overlapping',
      input: [{ start: 4, end: 8, kind: 'name' }, { start: 0, end: 4, kind: 'name' }],
      expected: [{ start: 0, end: 4, kind: 'name' }, { start: 4, end: 8, kind: 'name' }],
    },
  ] satisfies { name: string; input: RawIdentifier[]; expected: RawIdentifier[] }[])('keeps the right findings when $name', ({ input, expected }) => {
    expect(selectNonOverlapping(input, 30)).toEqual(expected);
  });
});
