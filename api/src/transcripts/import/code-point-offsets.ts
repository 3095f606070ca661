// Polyphony's offsets count Unicode code points (as REFI-QDA does), not UTF-16 units: an emoji
// outside the Basic Multilingual Plane is one position in JavaScript, Postgres and Python alike.
// JavaScript strings and regular expressions work in UTF-16 units, so code that scans text works
// in UTF-16 and converts once at the edge through a CodePointIndex.

function isHighSurrogate(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdbff;
}

function isLowSurrogate(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
}

/** Number of code points in `text` (a surrogate pair counts once, a lone surrogate once). */
export function codePointLength(text: string): number {
  let length = text.length;
  for (let index = 0; index + 1 < text.length; index += 1) {
    if (isHighSurrogate(text.charCodeAt(index)) && isLowSurrogate(text.charCodeAt(index + 1))) {
      length -= 1;
      index += 1;
    }
  }
  return length;
}

/** Converts between UTF-16 indices and code-point offsets of one text; build it once per text. */
export interface CodePointIndex {
  /** Number of code points in the text. */
  readonly length: number;
  /** Code-point offset of a UTF-16 index; an index inside a surrogate pair maps to that pair's code point. */
  toCodePoint(utf16Index: number): number;
  /** UTF-16 index where the code point at `codePointOffset` starts (`length` maps to the text's end). */
  toUtf16(codePointOffset: number): number;
  /** The text between two code-point offsets, [start, end) half-open. */
  slice(start: number, end: number): string;
}

function checkOffset(value: number, max: number, what: string): void {
  if (!Number.isInteger(value) || value < 0 || value > max) {
    throw new RangeError(`${what} ${value} is outside 0..${max}`);
  }
}

function checkSlice(start: number, end: number, length: number): void {
  checkOffset(start, length, 'start');
  checkOffset(end, length, 'end');
  if (end < start) throw new RangeError(`end ${end} is before start ${start}`);
}

/**
 * Builds the lookup in O(n). Texts without surrogate pairs (most European transcripts) need no
 * table at all; otherwise one Uint32Array holds the UTF-16 start of every code point, and the
 * reverse lookup is a binary search over it.
 */
export function createCodePointIndex(text: string): CodePointIndex {
  const length = codePointLength(text);
  if (length === text.length) {
    return {
      length,
      toCodePoint: (utf16Index) => {
        checkOffset(utf16Index, text.length, 'UTF-16 index');
        return utf16Index;
      },
      toUtf16: (offset) => {
        checkOffset(offset, length, 'code-point offset');
        return offset;
      },
      slice: (start, end) => {
        checkSlice(start, end, length);
        return text.slice(start, end);
      },
    };
  }
  const starts = new Uint32Array(length + 1);
  let codePoint = 0;
  for (let index = 0; index < text.length; index += 1) {
    starts[codePoint] = index;
    codePoint += 1;
    if (isHighSurrogate(text.charCodeAt(index)) && index + 1 < text.length && isLowSurrogate(text.charCodeAt(index + 1))) index += 1;
  }
  starts[length] = text.length;

  return {
    length,
    toUtf16: (offset) => {
      checkOffset(offset, length, 'code-point offset');
      return starts[offset];
    },
    toCodePoint: (utf16Index) => {
      checkOffset(utf16Index, text.length, 'UTF-16 index');
      // The last code point whose start is at or before the index.
      let low = 0;
      let high = length;
      while (low < high) {
        const middle = (low + high + 1) >>> 1;
        if (starts[middle] <= utf16Index) low = middle;
        else high = middle - 1;
      }
      return low;
    },
    slice: (start, end) => {
      checkSlice(start, end, length);
      return text.slice(starts[start], starts[end]);
    },
  };
}

/** The text between the code-point offsets `start` and `end` (half-open); throws RangeError when out of range. */
export function codePointSlice(text: string, start: number, end: number): string {
  checkSlice(start, end, codePointLength(text));
  // One walk up to `end` is cheaper than building a full index for a single slice.
  let codePoint = 0;
  let from = start === 0 ? 0 : -1;
  let index = 0;
  while (codePoint < end) {
    const pair = isHighSurrogate(text.charCodeAt(index)) && index + 1 < text.length && isLowSurrogate(text.charCodeAt(index + 1));
    index += pair ? 2 : 1;
    codePoint += 1;
    if (codePoint === start) from = index;
  }
  return text.slice(from, index);
}
