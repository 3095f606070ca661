import { describe, expect, it } from 'vitest';
import { chooseOffsetUnit, normalizeSourceText } from './source-text.js';

describe(normalizeSourceText.name, () => {
  it.each([
    ['no text', '', '', [[0, 'codePoint', 0]]],
    ['CRLF becomes LF, offsets after it move back by one', 'a\r\nb', 'a\nb', [[3, 'codePoint', 2], [1, 'codePoint', 1], [2, 'codePoint', 1]]],
    ['a lone CR becomes LF', 'a\rb', 'a\nb', [[2, 'codePoint', 2]]],
    ['the BOM is dropped', '\uFEFFab', 'ab', [[1, 'codePoint', 0], [3, 'codePoint', 2]]],
    ['emoji: UTF-16 units and code points map to the same place', 'x👍y', 'x👍y', [[3, 'utf16', 2], [2, 'codePoint', 2], [4, 'utf16', 3]]],
    ['outside the text is null', 'ab', 'ab', [[3, 'codePoint', null], [-1, 'codePoint', null]]],
  ] as const)('%s', (_name, raw, text, offsets) => {
    const source = normalizeSourceText(raw);
    expect(source.text).toBe(text);
    for (const [offset, unit, expected] of offsets) expect(source.map(offset, unit)).toBe(expected);
  });
});

describe(chooseOffsetUnit.name, () => {
  const text = normalizeSourceText('😀 Intro. Second sentence here. Third one.');
  // "Second sentence here." starts at code point 9 = UTF-16 unit 10.
  const utf16Selections = [{ start: 10, end: 31, name: '' }];
  const codePointSelections = [{ start: 9, end: 30, name: '' }];

  it('reads UTF-16 offsets when they land on word boundaries and code points do not', () => {
    expect(chooseOffsetUnit(text, utf16Selections, 'MAXQDA')).toBe('utf16');
  });
  it('reads code points when they fit better', () => {
    expect(chooseOffsetUnit(text, codePointSelections, 'NVivo')).toBe('codePoint');
  });
  it('uses the selection names ATLAS.ti writes', () => {
    expect(chooseOffsetUnit(text, [{ start: 10, end: 16, name: 'Second' }], 'ATLAS.ti')).toBe('utf16');
  });
  it('always reads code points in Polyphony files and when the units agree', () => {
    expect(chooseOffsetUnit(text, utf16Selections, 'Polyphony')).toBe('codePoint');
    expect(chooseOffsetUnit(normalizeSourceText('plain text'), [{ start: 1, end: 3, name: '' }], 'NVivo')).toBe('codePoint');
  });
  it('breaks a tie by tool: UTF-16 for NVivo, code points otherwise', () => {
    expect(chooseOffsetUnit(text, [], 'NVivo')).toBe('utf16');
    expect(chooseOffsetUnit(text, [], 'MAXQDA')).toBe('codePoint');
  });
});
