import { describe, expect, it } from 'vitest';
import { utf16ToCodePoint } from './utf16-to-code-point';

// 👩🏽‍⚕️ is five code points (woman, skin tone, ZWJ, staff of Aesculapius, VS16) in seven UTF-16 units.
const doctor = '\u{1F469}\u{1F3FD}\u200D\u2695\uFE0F';
// "é" written as e + combining acute: two code points, two units, one visible character.
const combining = 'Cafe\u0301';

const cases: Array<{ name: string; text: string; utf16: number; codePoint: number }> = [
  { name: 'empty text', text: '', utf16: 0, codePoint: 0 },
  { name: 'plain ASCII', text: 'Mijn naam', utf16: 5, codePoint: 5 },
  { name: 'after the emoji', text: `a ${doctor} b`, utf16: 2 + 7, codePoint: 2 + 5 },
  { name: 'end of text with the emoji', text: `a ${doctor} b`, utf16: 11, codePoint: 9 },
  { name: 'combining accent counts as its own code point', text: `${combining} au lait`, utf16: 5, codePoint: 5 },
  { name: 'umlaut precomposed', text: 'Schmerzstärke hoch', utf16: 13, codePoint: 13 },
  { name: 'astral letter', text: '𝔸𝔹 x', utf16: 4, codePoint: 2 },
];

describe(utf16ToCodePoint.name, () => {
  it.each(cases)('converts $name', ({ text, utf16, codePoint }) => {
    expect(utf16ToCodePoint(text, utf16)).toBe(codePoint);
  });

  it('counts a surrogate pair once when the offset falls between its halves', () => {
    expect(utf16ToCodePoint('😀x', 1)).toBe(1);
  });

  it('clamps offsets outside the text', () => {
    expect(utf16ToCodePoint('abc', -3)).toBe(0);
    expect(utf16ToCodePoint('abc', 10)).toBe(3);
  });
});
