import { describe, expect, it } from 'vitest';
import { arrayBufferToBase64 } from './array-buffer-to-base64';

function decode(base64: string): number[] {
  return Array.from(atob(base64), (character) => character.charCodeAt(0));
}

describe(arrayBufferToBase64.name, () => {
  it('encodes known bytes, including the high ones', () => {
    expect(arrayBufferToBase64(new Uint8Array([0x50, 0x4b, 0x03, 0x04]).buffer)).toBe('UEsDBA==');
    expect(arrayBufferToBase64(new Uint8Array([0x00, 0xff, 0x80]).buffer)).toBe('AP+A');
  });

  it('encodes an empty file as an empty string', () => {
    expect(arrayBufferToBase64(new ArrayBuffer(0))).toBe('');
  });

  it('round-trips files larger than one slice', () => {
    const bytes = new Uint8Array(100_000).map((_, index) => index % 251);
    expect(decode(arrayBufferToBase64(bytes.buffer))).toEqual(Array.from(bytes));
  });
});
