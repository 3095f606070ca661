import { describe, expect, it } from 'vitest';
import { sniffFileSignature } from './sniff-file-signature.js';

const ascii = (text: string): number[] => Array.from(text, (character) => character.charCodeAt(0));

describe(sniffFileSignature.name, () => {
  it.each([
    { name: 'a PDF', bytes: ascii('%PDF-1.4\n'), expected: 'pdf' },
    { name: 'a PNG', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13], expected: 'png' },
    { name: 'a JPEG', bytes: [0xff, 0xd8, 0xff, 0xe0, 0, 0x10], expected: 'jpeg' },
    { name: 'a Word 97 document', bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0], expected: 'ole' },
    { name: 'an MP4 recording', bytes: [0, 0, 0, 0x20, ...ascii('ftypisom')], expected: 'video' },
    { name: 'a WAV recording', bytes: [...ascii('RIFF'), 1, 2, 3, 4, ...ascii('WAVEfmt ')], expected: 'audio' },
    { name: 'a zip with word/document.xml', bytes: [0x50, 0x4b, 0x03, 0x04, ...ascii('....word/document.xml')], expected: 'docx' },
    { name: 'another zip', bytes: [0x50, 0x4b, 0x03, 0x04, ...ascii('....content.xml')], expected: 'zip' },
    { name: 'an RTF document', bytes: ascii('{\\rtf1\\ansi'), expected: 'rtf' },
    { name: 'a text starting with BM', bytes: ascii('BMI en MRI: '), expected: null },
    { name: 'a transcript', bytes: ascii('Interviewer: Hallo'), expected: null },
    { name: 'nothing', bytes: [], expected: null },
  ])('says $expected when the bytes are $name', ({ bytes, expected }) => {
    expect(sniffFileSignature(Uint8Array.from(bytes))).toBe(expected);
  });
});
