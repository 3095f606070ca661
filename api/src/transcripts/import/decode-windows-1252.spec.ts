import { describe, expect, it } from 'vitest';
import { decodeWindows1252 } from './decode-windows-1252.js';

describe(decodeWindows1252.name, () => {
  it.each([
    { name: 'ASCII', bytes: [0x49, 0x3a, 0x20, 0x4a, 0x61], expected: 'I: Ja' },
    { name: 'Latin-1 letters (ä é ß ë)', bytes: [0xe4, 0xe9, 0xdf, 0xeb], expected: 'äéßë' },
    { name: 'the 0x80–0x9F range (€ … ’ “ ” – —)', bytes: [0x80, 0x85, 0x92, 0x93, 0x94, 0x96, 0x97], expected: '€…’“”–—' },
    { name: 'bytes Windows-1252 leaves undefined', bytes: [0x81, 0x8d, 0x8f, 0x90, 0x9d], expected: '\u0081\u008d\u008f\u0090\u009d' },
  ])('decodes $name', ({ bytes, expected }) => {
    expect(decodeWindows1252(Uint8Array.from(bytes))).toBe(expected);
  });

  it('decodes every byte to one UTF-16 unit when the input is longer than one chunk', () => {
    const bytes = new Uint8Array(20_000).fill(0x80);
    expect(decodeWindows1252(bytes)).toBe('€'.repeat(20_000));
  });
});
