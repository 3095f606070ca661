/**
 * A source text as Polyphony stores it, with the way back from the exporter's offsets.
 *
 * Offset units. REFI-QDA counts `startPosition`/`endPosition` in characters of the plain text file
 * (zero-based, end exclusive); Polyphony stores and exports Unicode code points. Tools differ for
 * characters outside the Basic Multilingual Plane (emoji): NVivo 12 (a .NET program) counts UTF-16
 * code units — in the NVivo sample every selection after the first emoji starts mid-word when read
 * as code points and on a sentence boundary when read as UTF-16 units. So the unit is decided per
 * source (`chooseOffsetUnit`): code points for Polyphony's own files, otherwise whichever unit puts
 * more selections on word boundaries and matches the selection names ATLAS.ti writes, NVivo's
 * UTF-16 on a tie for NVivo files and code points for everyone else. Without such characters both
 * units agree and nothing needs deciding.
 *
 * Normalisation: line breaks become LF and invisible controls (the BOM) are dropped, one character
 * at a time, so every offset maps exactly; nothing else is changed (no trimming, no NFC), because
 * each such change would move other tools' selections.
 */
export type OffsetUnit = 'codePoint' | 'utf16';

export interface SourceText {
  text: string;
  /** Length of `text` in code points. */
  length: number;
  /** The code-point offset in `text` of an offset in the raw text, in the given unit; null when outside. */
  map(offset: number, unit: OffsetUnit): number | null;
  /** True when the raw text has characters outside the BMP, i.e. when the two units differ. */
  unitsDiffer: boolean;
}

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const DROPPED = /[\u0000-\u0008\u000e-\u001f\u007f\ufeff]/;

export function normalizeSourceText(raw: string): SourceText {
  const atUtf16 = new Int32Array(raw.length + 1);
  const atCodePoint: number[] = [];
  const out: string[] = [];
  let next = 0;
  let unitsDiffer = false;
  for (let unit = 0; unit < raw.length; ) {
    const codePoint = raw.codePointAt(unit)!;
    const width = codePoint > 0xffff ? 2 : 1;
    if (width === 2) unitsDiffer = true;
    atUtf16[unit] = next;
    if (width === 2) atUtf16[unit + 1] = next;
    atCodePoint.push(next);
    const char = String.fromCodePoint(codePoint);
    if (char === '\r') {
      if (raw[unit + 1] !== '\n') {
        out.push('\n');
        next += 1;
      }
    } else if (!DROPPED.test(char)) {
      out.push(char);
      next += 1;
    }
    unit += width;
  }
  atUtf16[raw.length] = next;
  atCodePoint.push(next);
  return {
    text: out.join(''),
    length: next,
    unitsDiffer,
    map(offset, unit) {
      const table = unit === 'utf16' ? atUtf16 : atCodePoint;
      return Number.isInteger(offset) && offset >= 0 && offset < table.length ? table[offset] : null;
    },
  };
}

export interface SelectionHint {
  start: number;
  end: number;
  /** The selected text as the exporter wrote it (ATLAS.ti), or ''. */
  name: string;
}

const WORD = /[\p{L}\p{N}]/u;

function onBoundary(codePoints: readonly string[], at: number): boolean {
  if (at <= 0 || at >= codePoints.length) return true;
  return !(WORD.test(codePoints[at - 1]) && WORD.test(codePoints[at]));
}

/** How well a reading of the offsets fits the text: names matched, ends on word boundaries. */
function fitScore(source: SourceText, codePoints: readonly string[], selections: readonly SelectionHint[], unit: OffsetUnit): number {
  let score = 0;
  for (const selection of selections) {
    const start = source.map(selection.start, unit);
    const end = source.map(selection.end, unit);
    if (start === null || end === null || end <= start) continue;
    // A selection someone made starts and ends on a word edge, not on a space or inside a word.
    if (onBoundary(codePoints, start) && !/\s/u.test(codePoints[start] ?? '')) score += 1;
    if (onBoundary(codePoints, end) && !/\s/u.test(codePoints[end - 1] ?? '')) score += 1;
    const name = selection.name.replace(/[…\s]+$/u, '').trim().slice(0, 30);
    if (name.length >= 3 && codePoints.slice(start, start + 60).join('').replace(/\s+/g, ' ').startsWith(name.replace(/\s+/g, ' '))) score += 3;
  }
  return score;
}

export function chooseOffsetUnit(source: SourceText, selections: readonly SelectionHint[], tool: string): OffsetUnit {
  if (!source.unitsDiffer || tool === 'Polyphony') return 'codePoint';
  const codePoints = Array.from(source.text);
  const asCodePoints = fitScore(source, codePoints, selections, 'codePoint');
  const asUtf16 = fitScore(source, codePoints, selections, 'utf16');
  if (asUtf16 !== asCodePoints) return asUtf16 > asCodePoints ? 'utf16' : 'codePoint';
  return tool === 'NVivo' ? 'utf16' : 'codePoint';
}
