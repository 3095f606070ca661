// Offsets in Polyphony count Unicode code points, not UTF-16 units, so an emoji or a letter outside
// the Basic Multilingual Plane is one position wherever the text is read (JS, Postgres, Python).

/** Number of code points in `text` between the UTF-16 indices `from` (inclusive) and `to` (exclusive). */
export function codePointsBetween(text: string, from: number, to: number): number {
  let count = 0;
  for (let index = from; index < to; index += 1) {
    const unit = text.charCodeAt(index);
    // A high surrogate followed by a low surrogate is one code point: count the pair once.
    if (unit >= 0xd800 && unit <= 0xdbff && index + 1 < to) {
      const next = text.charCodeAt(index + 1);
      if (next >= 0xdc00 && next <= 0xdfff) index += 1;
    }
    count += 1;
  }
  return count;
}

/** Number of code points in `text`. */
export function codePointLength(text: string): number {
  return codePointsBetween(text, 0, text.length);
}
