/** The UTF-16 offset of a code-point offset into `text` (an API offset → a DOM offset), clamped to the text. */
export function codePointToUtf16(text: string, codePointOffset: number): number {
  let unit = 0;
  for (let point = 0; point < codePointOffset && unit < text.length; point += 1) {
    const code = text.charCodeAt(unit);
    const pair = code >= 0xd800 && code <= 0xdbff && unit + 1 < text.length && isLowSurrogate(text.charCodeAt(unit + 1));
    unit += pair ? 2 : 1;
  }
  return unit;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
