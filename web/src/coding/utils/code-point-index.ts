/** Converts between code-point offsets (the API's unit) and UTF-16 offsets (JavaScript's) in one text. */
export interface CodePointIndex {
  readonly text: string;
  /** Length in code points. */
  readonly length: number;
  toUtf16(codePoint: number): number;
  /** Code points fully before the UTF-16 offset; an offset inside a surrogate pair counts the pair. */
  toCodePoint(utf16: number): number;
  /** The text between two code-point offsets. */
  slice(start: number, end: number): string;
}

/**
 * An index over a whole transcript, built once: every conversion is then a table look-up (or a
 * binary search), so a long interview with hundreds of codings renders without re-scanning it.
 */
export function createCodePointIndex(text: string): CodePointIndex {
  const starts: number[] = [];
  for (let unit = 0; unit < text.length; ) {
    starts.push(unit);
    const code = text.charCodeAt(unit);
    const next = unit + 1 < text.length ? text.charCodeAt(unit + 1) : 0;
    unit += code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? 2 : 1;
  }
  starts.push(text.length);
  const table = Uint32Array.from(starts);
  const length = table.length - 1;

  const toUtf16 = (codePoint: number) => table[Math.min(Math.max(0, Math.trunc(codePoint)), length)] ?? text.length;
  const toCodePoint = (utf16: number) => {
    const target = Math.min(Math.max(0, utf16), text.length);
    // The first code point whose start is at or after the target.
    let low = 0;
    let high = length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((table[middle] ?? text.length) < target) low = middle + 1;
      else high = middle;
    }
    return low;
  };
  return {
    text,
    length,
    toUtf16,
    toCodePoint,
    slice: (start, end) => text.slice(toUtf16(start), toUtf16(end)),
  };
}
