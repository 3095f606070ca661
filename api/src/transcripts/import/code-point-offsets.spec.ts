import { describe, expect, it } from 'vitest';
import { codePointLength, codePointSlice, createCodePointIndex } from './code-point-offsets.js';

// 👩🏽‍⚕️ is woman + skin tone + ZWJ + staff of Aesculapius + VS16: 5 code points, 7 UTF-16 units.
const HEALTH_WORKER = '👩🏽‍⚕️';
// "e" followed by U+0301 COMBINING ACUTE ACCENT: two code points that render as one é.
const DECOMPOSED_E = 'e\u0301';

describe(codePointLength.name, () => {
  it.each([
    { name: 'an empty text', text: '', expected: 0 },
    { name: 'Dutch, German and Italian letters', text: 'ĳsje Größe perché', expected: 17 },
    { name: 'an emoji ZWJ sequence', text: HEALTH_WORKER, expected: 5 },
    { name: 'a combining accent', text: `caf${DECOMPOSED_E}`, expected: 5 },
    { name: 'a lone high surrogate', text: 'a\ud83d', expected: 2 },
    { name: 'a lone low surrogate before a pair', text: '\udc00🧠', expected: 2 },
  ])('counts $expected code points when the text is $name', ({ text, expected }) => {
    expect(codePointLength(text)).toBe(expected);
    expect(codePointLength(text)).toBe(Array.from(text).length);
  });
});

describe(codePointSlice.name, () => {
  const text = `Dr. ${HEALTH_WORKER} sagt: caf${DECOMPOSED_E} 🧠 ok`;

  it.each([
    { start: 0, end: 3, expected: 'Dr.' },
    { start: 4, end: 9, expected: HEALTH_WORKER },
    { start: 16, end: 21, expected: `caf${DECOMPOSED_E}` },
    { start: 22, end: 23, expected: '🧠' },
    { start: 24, end: 26, expected: 'ok' },
    { start: 7, end: 7, expected: '' },
    { start: 26, end: 26, expected: '' },
  ])('returns "$expected" when slicing [$start, $end)', ({ start, end, expected }) => {
    expect(codePointSlice(text, start, end)).toBe(expected);
    expect(codePointSlice(text, start, end)).toBe(Array.from(text).slice(start, end).join(''));
  });

  it.each([
    { name: 'start is negative', start: -1, end: 2 },
    { name: 'end is past the text', start: 0, end: 27 },
    { name: 'end is before start', start: 5, end: 4 },
    { name: 'an offset is fractional', start: 1.5, end: 4 },
  ])('throws a RangeError when $name', ({ start, end }) => {
    expect(() => codePointSlice(text, start, end)).toThrow(RangeError);
  });
});

describe(createCodePointIndex.name, () => {
  it.each([
    { name: 'plain European text', text: 'Größe, perché, ĳs.' },
    { name: 'emoji and combining accents', text: `${HEALTH_WORKER} caf${DECOMPOSED_E} 🧠🧠 x` },
    { name: 'an empty text', text: '' },
  ])('converts every offset both ways when the text holds $name', ({ text }) => {
    const index = createCodePointIndex(text);
    const codePoints = Array.from(text);
    expect(index.length).toBe(codePoints.length);
    let utf16 = 0;
    for (let offset = 0; offset <= codePoints.length; offset += 1) {
      expect(index.toUtf16(offset)).toBe(utf16);
      expect(index.toCodePoint(utf16)).toBe(offset);
      utf16 += codePoints[offset]?.length ?? 0;
    }
  });

  it('maps a UTF-16 index inside a surrogate pair to the code point of that pair', () => {
    const index = createCodePointIndex('a🧠b');
    expect([0, 1, 2, 3, 4].map((utf16) => index.toCodePoint(utf16))).toEqual([0, 1, 1, 2, 3]);
  });

  it('slices by code points when the text holds emoji', () => {
    const index = createCodePointIndex(`P: ${HEALTH_WORKER} Größe`);
    expect(index.slice(3, 8)).toBe(HEALTH_WORKER);
    expect(index.slice(9, 14)).toBe('Größe');
  });

  it('throws a RangeError when an offset is outside the text', () => {
    const index = createCodePointIndex('🧠');
    expect(() => index.toUtf16(2)).toThrow(RangeError);
    expect(() => index.toCodePoint(3)).toThrow(RangeError);
    expect(() => index.slice(1, 0)).toThrow(RangeError);
  });

  it('builds the lookup for two million code points in well under a second', () => {
    const text = `${'Ik vertrouw de AI 🧠 niet helemaal. '.repeat(55_000)}`;
    const started = performance.now();
    const index = createCodePointIndex(text);
    const last = index.toCodePoint(text.length - 1);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(index.length).toBe(Array.from(text).length);
    expect(last).toBe(index.length - 1);
  });
});
