import { describe, expect, it } from 'vitest';
import { decodeTextBytes, TextDecodingError } from './decode-text-bytes.js';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

function utf16(text: string, endian: 'le' | 'be', bom: boolean): Uint8Array {
  const units = `${bom ? '\ufeff' : ''}${text}`;
  const bytes = new Uint8Array(units.length * 2);
  for (let index = 0; index < units.length; index += 1) {
    const unit = units.charCodeAt(index);
    bytes[index * 2 + (endian === 'le' ? 0 : 1)] = unit & 0xff;
    bytes[index * 2 + (endian === 'le' ? 1 : 0)] = unit >> 8;
  }
  return bytes;
}

// The Windows-1252 bytes of the characters the tests use; ASCII maps to itself.
const WINDOWS_1252: Record<string, number> = { ä: 0xe4, Ä: 0xc4, é: 0xe9, ß: 0xdf, ö: 0xf6, ü: 0xfc, '€': 0x80, '’': 0x92, '…': 0x85, ë: 0xeb };
function windows1252(text: string): Uint8Array {
  return Uint8Array.from(Array.from(text), (character) => {
    const code = character.charCodeAt(0);
    if (code < 0x80) return code;
    const byte = WINDOWS_1252[character];
    if (byte === undefined) throw new Error(`no Windows-1252 byte for ${character} in the test table`);
    return byte;
  });
}

const GERMAN = 'Größe und Qualität: Die Ärztin weiß, dass KI hilft.';
const ITALIAN = 'Perché l’IA? È già qui.';

describe(decodeTextBytes.name, () => {
  it.each([
    { name: 'UTF-8 without BOM', bytes: utf8(GERMAN), encoding: 'utf-8', bom: false, text: GERMAN },
    { name: 'UTF-8 with BOM', bytes: Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8(ITALIAN)]), encoding: 'utf-8', bom: true, text: ITALIAN },
    { name: 'UTF-16 LE with BOM', bytes: utf16(GERMAN, 'le', true), encoding: 'utf-16le', bom: true, text: GERMAN },
    { name: 'UTF-16 BE with BOM', bytes: utf16(ITALIAN, 'be', true), encoding: 'utf-16be', bom: true, text: ITALIAN },
    { name: 'UTF-16 LE without BOM', bytes: utf16(GERMAN, 'le', false), encoding: 'utf-16le', bom: false, text: GERMAN },
    { name: 'UTF-16 BE without BOM', bytes: utf16('Patiënt: ik twijfel 🧠', 'be', false), encoding: 'utf-16be', bom: false, text: 'Patiënt: ik twijfel 🧠' },
    { name: 'Windows-1252 (invalid as UTF-8)', bytes: windows1252('Größe, café, Ärztin’s 5 €…'), encoding: 'windows-1252', bom: false, text: 'Größe, café, Ärztin’s 5 €…' },
    { name: 'a UTF-8 BOM in front of Windows-1252', bytes: Uint8Array.from([0xef, 0xbb, 0xbf, ...windows1252('Patiënt weiß')]), encoding: 'windows-1252', bom: true, text: 'Patiënt weiß' },
    { name: 'pure ASCII', bytes: utf8('I: Hello\nP: Hi'), encoding: 'utf-8', bom: false, text: 'I: Hello\nP: Hi' },
  ])('decodes $name', ({ bytes, encoding, bom, text }) => {
    expect(decodeTextBytes(bytes)).toEqual({ text, encoding, bom });
  });

  it('keeps a single stray control character when the rest is text', () => {
    expect(decodeTextBytes(utf8(`${'Ik twijfel. '.repeat(10)}\u001a`)).encoding).toBe('utf-8');
  });

  it.each([
    { name: 'NUL bytes in data that is not UTF-16', bytes: Uint8Array.from([0x41, 0x00, 0x00, 0x42, 0x43, 0x00, 0x01, 0x02, 0x41]), failure: 'binary' },
    { name: 'mostly control characters', bytes: Uint8Array.from([0x01, 0x02, 0x03, 0x41, 0x04, 0x05, 0x06, 0x07, 0x42]), failure: 'binary' },
    { name: 'UTF-16 with a BOM and an odd byte count', bytes: Uint8Array.from([0xff, 0xfe, 0x41, 0x00, 0x42]), failure: 'invalid-utf-16' },
    { name: 'UTF-16 with an unpaired surrogate', bytes: Uint8Array.from([0xff, 0xfe, 0x3d, 0xd8, 0x41, 0x00]), failure: 'invalid-utf-16' },
  ])('throws a TextDecodingError ($failure) when given $name', ({ bytes, failure }) => {
    const attempt = (): unknown => decodeTextBytes(bytes);
    expect(attempt).toThrow(TextDecodingError);
    expect(attempt).toThrow(failure);
  });
});
