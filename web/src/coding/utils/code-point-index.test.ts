import { describe, expect, it } from 'vitest';
import { codePointToUtf16 } from './code-point-to-utf16';
import { createCodePointIndex } from './code-point-index';
import { utf16ToCodePoint } from './utf16-to-code-point';

// 👩🏽‍⚕️ is five code points (woman, skin tone, ZWJ, staff of Aesculapius, VS16) in seven UTF-16 units.
const doctor = '\u{1F469}\u{1F3FD}\u200D\u2695\uFE0F';
// "é" written as e + combining acute: two code points, two units, one visible character.
const combining = 'Cafe\u0301';

describe(createCodePointIndex.name, () => {
  const text = `P: Ik (${doctor}) vind ${combining} fijn 😀.`;
  const index = createCodePointIndex(text);

  it('measures the text in code points', () => {
    expect(index.length).toBe([...text].length);
  });

  it('agrees with the one-off conversions at every offset', () => {
    for (let point = 0; point <= index.length; point += 1) {
      expect(index.toUtf16(point)).toBe(codePointToUtf16(text, point));
      expect(index.toCodePoint(index.toUtf16(point))).toBe(point);
    }
  });

  it('slices by code points', () => {
    const start = [...text].indexOf('\u{1F469}');
    expect(index.slice(start, start + 5)).toBe(doctor);
    expect(index.slice(0, 2)).toBe('P:');
  });

  it('rounds an offset inside a surrogate pair up to the pair', () => {
    const unit = text.indexOf('😀') + 1;
    expect(index.toCodePoint(unit)).toBe(utf16ToCodePoint(text, unit));
  });
});
