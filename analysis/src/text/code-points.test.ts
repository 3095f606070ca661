import { describe, expect, it } from 'vitest';
import { codePointLength, codePointsBetween } from './code-points.js';

describe(codePointLength.name, () => {
  it.each([
    { name: 'empty text', text: '', expected: 0 },
    { name: 'ASCII', text: 'scan', expected: 4 },
    { name: 'precomposed umlaut', text: 'Ärzte', expected: 5 },
    { name: 'combining accent counts as its own code point', text: 'e\u0301', expected: 2 },
    { name: 'emoji outside the BMP is one code point', text: 'a🧠b', expected: 3 },
    { name: 'lone high surrogate is one code point', text: '\ud83e', expected: 1 },
  ])('returns $expected when the text is $name', ({ text, expected }) => {
    expect(codePointLength(text)).toBe(expected);
  });
});

describe(codePointsBetween.name, () => {
  it('returns 1 when the range covers both halves of a surrogate pair', () => {
    expect(codePointsBetween('x🧠y', 1, 3)).toBe(1);
  });

  it('returns 2 when the range cuts a surrogate pair after its first half', () => {
    expect(codePointsBetween('x🧠y', 0, 2)).toBe(2);
  });
});
