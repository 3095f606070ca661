// Windows-1252 differs from Latin-1 only in 0x80–0x9F, where it has €, curly quotes, dashes and
// the ellipsis. Node 20's TextDecoder('windows-1252') decodes that range as Latin-1 C1 controls
// (€ comes out as U+0080), so the range is mapped here. The five bytes Windows-1252 leaves
// undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) keep their C1 code points, as the WHATWG decoder does.
const HIGH_RANGE = [
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008d, 0x017d, 0x008f,
  0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x009d, 0x017e, 0x0178,
];
const CHUNK = 8192;

/** Decodes Windows-1252 bytes; every byte is a character, so this cannot fail. */
export function decodeWindows1252(bytes: Uint8Array): string {
  const units = new Uint16Array(bytes.length);
  for (let index = 0; index < bytes.length; index += 1) {
    const byte = bytes[index];
    units[index] = byte >= 0x80 && byte <= 0x9f ? HIGH_RANGE[byte - 0x80] : byte;
  }
  let text = '';
  for (let from = 0; from < units.length; from += CHUNK) text += String.fromCharCode(...units.subarray(from, from + CHUNK));
  return text;
}
