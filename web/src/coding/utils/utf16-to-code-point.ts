/**
 * The code-point offset of a UTF-16 offset into `text`: what the API counts, from what a DOM
 * selection reports. A surrogate pair counts once; an offset between its halves counts the whole pair.
 */
export function utf16ToCodePoint(text: string, utf16Offset: number): number {
  const limit = Math.min(Math.max(0, utf16Offset), text.length);
  let points = 0;
  for (let unit = 0; unit < limit; points += 1) {
    const code = text.charCodeAt(unit);
    const pair = code >= 0xd800 && code <= 0xdbff && unit + 1 < text.length && isLowSurrogate(text.charCodeAt(unit + 1));
    unit += pair ? 2 : 1;
  }
  return points;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
