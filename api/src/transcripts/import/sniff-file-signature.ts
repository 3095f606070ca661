/** What the first bytes of a file say it is, when they say anything. */
export type FileSignature =
  | 'docx'
  | 'zip'
  | 'pdf'
  | 'png'
  | 'jpeg'
  | 'gif'
  | 'webp'
  | 'tiff'
  | 'bmp'
  | 'ole'
  | 'gzip'
  | 'audio'
  | 'video'
  | 'executable'
  | 'rtf';

// Magic numbers of the binary files people pick by mistake instead of a transcript.
const SIGNATURES: readonly { signature: Exclude<FileSignature, 'docx' | 'zip'>; bytes: readonly (number | null)[] }[] = [
  { signature: 'pdf', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { signature: 'png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { signature: 'jpeg', bytes: [0xff, 0xd8, 0xff] },
  { signature: 'gif', bytes: [0x47, 0x49, 0x46, 0x38] }, // GIF8
  { signature: 'webp', bytes: [0x52, 0x49, 0x46, 0x46, null, null, null, null, 0x57, 0x45, 0x42, 0x50] }, // RIFF....WEBP
  { signature: 'audio', bytes: [0x52, 0x49, 0x46, 0x46, null, null, null, null, 0x57, 0x41, 0x56, 0x45] }, // RIFF....WAVE
  { signature: 'tiff', bytes: [0x49, 0x49, 0x2a, 0x00] },
  { signature: 'tiff', bytes: [0x4d, 0x4d, 0x00, 0x2a] },
  { signature: 'bmp', bytes: [0x42, 0x4d, null, null, null, null, 0x00, 0x00, 0x00, 0x00] }, // BM, size, reserved zeros
  { signature: 'ole', bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] }, // Word 97 .doc, old .xls
  { signature: 'gzip', bytes: [0x1f, 0x8b] },
  { signature: 'audio', bytes: [0x49, 0x44, 0x33, null, 0x00] }, // ID3v2 tag of an MP3
  { signature: 'audio', bytes: [0x4f, 0x67, 0x67, 0x53] }, // OggS
  { signature: 'audio', bytes: [0x66, 0x4c, 0x61, 0x43] }, // fLaC
  { signature: 'video', bytes: [null, null, null, null, 0x66, 0x74, 0x79, 0x70] }, // ....ftyp (MP4, M4A, MOV)
  { signature: 'video', bytes: [0x1a, 0x45, 0xdf, 0xa3] }, // Matroska / WebM
  { signature: 'executable', bytes: [0x7f, 0x45, 0x4c, 0x46] }, // ELF
  { signature: 'rtf', bytes: [0x7b, 0x5c, 0x72, 0x74, 0x66] }, // {\rtf
];

const ZIP_LOCAL_HEADER = [0x50, 0x4b, 0x03, 0x04];
const ZIP_EMPTY_ARCHIVE = [0x50, 0x4b, 0x05, 0x06];
// Entry names are stored as plain bytes in every local header and in the central directory.
const WORD_DOCUMENT_ENTRY = new TextEncoder().encode('word/document.xml');

function startsWith(bytes: Uint8Array, pattern: readonly (number | null)[]): boolean {
  if (bytes.length < pattern.length) return false;
  return pattern.every((byte, index) => byte === null || bytes[index] === byte);
}

function contains(bytes: Uint8Array, needle: Uint8Array): boolean {
  const first = needle[0];
  for (let index = bytes.indexOf(first); index !== -1 && index + needle.length <= bytes.length; index = bytes.indexOf(first, index + 1)) {
    let found = true;
    for (let offset = 1; offset < needle.length && found; offset += 1) found = bytes[index + offset] === needle[offset];
    if (found) return true;
  }
  return false;
}

/**
 * The file type given away by its first bytes, or null for anything that may be text. A zip
 * archive is a Word document (docx) when it holds `word/document.xml`; other zips (odt, pages,
 * xlsx, plain archives) are just 'zip'.
 */
export function sniffFileSignature(bytes: Uint8Array): FileSignature | null {
  if (startsWith(bytes, ZIP_LOCAL_HEADER) || startsWith(bytes, ZIP_EMPTY_ARCHIVE)) {
    return contains(bytes, WORD_DOCUMENT_ENTRY) ? 'docx' : 'zip';
  }
  return SIGNATURES.find(({ bytes: pattern }) => startsWith(bytes, pattern))?.signature ?? null;
}
