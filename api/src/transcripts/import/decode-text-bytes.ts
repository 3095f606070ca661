import { decodeWindows1252 } from './decode-windows-1252.js';

/** The character encodings a text transcript is read in. */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface DecodedText {
  /** The decoded text, byte order mark removed; not yet normalized. */
  text: string;
  encoding: TextEncodingName;
  /** Whether the file started with a byte order mark. */
  bom: boolean;
}

/** Why bytes are not text: NUL bytes outside UTF-16, too many control characters, or broken UTF-16. */
export type TextDecodingFailure = 'binary' | 'invalid-utf-16';

export class TextDecodingError extends Error {
  override readonly name = 'TextDecodingError';

  constructor(
    readonly failure: TextDecodingFailure,
    readonly encoding: TextEncodingName | null = null,
  ) {
    super(failure);
  }
}

// How much of the file the UTF-16 heuristic looks at.
const SAMPLE_BYTES = 8192;
// Share of two-byte units whose high byte is zero in BOM-less UTF-16 of Latin-script text: every
// ASCII letter, space and digit has one. Real text passes easily; the other byte lane stays almost NUL-free.
const UTF16_ZERO_LANE_SHARE = 0.3;
const UTF16_OTHER_LANE_SHARE = 0.05;
// A stray control character (a DOS end-of-file mark, a form feed) is tolerated; more is binary.
const CONTROL_CHARACTER_SHARE = 0.02;

type UnicodeEncodingName = Exclude<TextEncodingName, 'windows-1252'>;

function bomOf(bytes: Uint8Array): { encoding: UnicodeEncodingName; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/** BOM-less UTF-16 is recognised by NUL bytes that fall (almost) only in one byte lane. */
function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const sampleLength = Math.min(bytes.length, SAMPLE_BYTES) & ~1;
  if (sampleLength < 2 || bytes.length % 2 !== 0) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let index = 0; index < sampleLength; index += 2) {
    if (bytes[index] === 0) evenZeros += 1;
    if (bytes[index + 1] === 0) oddZeros += 1;
  }
  const units = sampleLength / 2;
  if (oddZeros / units >= UTF16_ZERO_LANE_SHARE && evenZeros / units <= UTF16_OTHER_LANE_SHARE) return 'utf-16le';
  if (evenZeros / units >= UTF16_ZERO_LANE_SHARE && oddZeros / units <= UTF16_OTHER_LANE_SHARE) return 'utf-16be';
  return null;
}

function decodeStrict(bytes: Uint8Array, encoding: UnicodeEncodingName): string | null {
  try {
    // ignoreBOM keeps a BOM in the output: we strip the one we saw ourselves and no other.
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

// C0 controls other than tab, line feed, vertical tab, form feed and carriage return; DEL; C1 controls.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL_CHARACTER = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/g;

function looksBinary(text: string): boolean {
  if (text.includes('\u0000')) return true;
  const controls = text.match(CONTROL_CHARACTER)?.length ?? 0;
  return controls > 0 && controls / text.length > CONTROL_CHARACTER_SHARE;
}

/**
 * Decodes the bytes of a text file: a byte order mark decides (UTF-8, UTF-16 LE/BE); without one,
 * NUL bytes in one byte lane mean UTF-16, valid UTF-8 means UTF-8, and anything else is read as
 * Windows-1252, the encoding of older Western European Windows editors (every byte is a character there).
 * Throws TextDecodingError when the bytes are not text or the UTF-16 is broken.
 */
export function decodeTextBytes(bytes: Uint8Array): DecodedText {
  const bom = bomOf(bytes);
  if (bom) {
    const body = bytes.subarray(bom.length);
    const text = decodeStrict(body, bom.encoding);
    if (text === null) {
      // A UTF-8 BOM in front of invalid UTF-8 happens when an editor re-saved Windows-1252 text.
      if (bom.encoding !== 'utf-8') throw new TextDecodingError('invalid-utf-16', bom.encoding);
      return finish(decodeWindows1252(body), 'windows-1252', true);
    }
    return finish(text, bom.encoding, true);
  }
  const utf16 = sniffUtf16(bytes);
  if (utf16) {
    const text = decodeStrict(bytes, utf16);
    if (text === null) throw new TextDecodingError('invalid-utf-16', utf16);
    return finish(text, utf16, false);
  }
  if (bytes.includes(0)) throw new TextDecodingError('binary');
  const utf8 = decodeStrict(bytes, 'utf-8');
  if (utf8 !== null) return finish(utf8, 'utf-8', false);
  return finish(decodeWindows1252(bytes), 'windows-1252', false);
}

function finish(text: string, encoding: TextEncodingName, bom: boolean): DecodedText {
  if (looksBinary(text)) throw new TextDecodingError('binary', encoding);
  return { text, encoding, bom };
}
