import { Document, Packer, Paragraph } from 'docx';
import { describe, expect, it } from 'vitest';
import { decodeTranscriptFile } from './decode-transcript-file.js';
import { TranscriptImportError } from './transcript-import-error.js';
import { zipDeclaredSize } from './zip-declared-size.js';

/** A zip skeleton (no data) whose central directory declares the given uncompressed sizes. */
function zipDeclaring(entries: readonly { name: string; size: number }[]): Uint8Array {
  const encoder = new TextEncoder();
  const parts: number[] = [];
  const push32 = (value: number): void => void parts.push(value & 0xff, (value >>> 8) & 0xff, (value >>> 16) & 0xff, (value >>> 24) & 0xff);
  const push16 = (value: number): void => void parts.push(value & 0xff, (value >>> 8) & 0xff);
  // A local header first, so the file starts like every zip.
  push32(0x04034b50);
  parts.push(...new Array<number>(26).fill(0));
  const directoryStart = parts.length;
  for (const entry of entries) {
    const name = encoder.encode(entry.name);
    push32(0x02014b50);
    parts.push(...new Array<number>(16).fill(0));
    push32(0); // compressed size
    push32(entry.size);
    push16(name.length);
    push16(0);
    push16(0);
    parts.push(...new Array<number>(12).fill(0));
    parts.push(...name);
  }
  const directorySize = parts.length - directoryStart;
  push32(0x06054b50);
  push16(0);
  push16(0);
  push16(entries.length);
  push16(entries.length);
  push32(directorySize);
  push32(directoryStart);
  push16(0);
  return Uint8Array.from(parts);
}

describe(zipDeclaredSize.name, () => {
  it.each([
    { name: 'two entries', bytes: zipDeclaring([{ name: 'word/document.xml', size: 1000 }, { name: '[Content_Types].xml', size: 200 }]), expected: 1200 },
    { name: 'a ZIP64 size marker', bytes: zipDeclaring([{ name: 'word/document.xml', size: 0xffffffff }]), expected: Number.POSITIVE_INFINITY },
    { name: 'no end record', bytes: Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), expected: null },
  ])('reads $expected when the archive has $name', ({ bytes, expected }) => {
    expect(zipDeclaredSize(bytes)).toBe(expected);
  });

  it('reads a real Word document built in memory', async () => {
    const bytes = new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('P: Ja.')] }] })));
    expect(zipDeclaredSize(bytes)).toBeGreaterThan(bytes.length);
  });

  it('makes the import refuse a docx that would unzip to gigabytes', async () => {
    const bomb = zipDeclaring([{ name: 'word/document.xml', size: 0xfffffffe }]);
    const error: unknown = await decodeTranscriptFile(bomb, 'bomb.docx').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TranscriptImportError);
    expect((error as TranscriptImportError).code).toBe('TRANSCRIPT_TOO_LARGE');
  });
});
