import type { CodePointIndex } from './code-point-index';
import type { CodePointRange } from './code-point-range';

/** The range without the white space at its ends (a sloppy drag still codes just the words); null if nothing is left. */
export function trimRange(index: CodePointIndex, range: CodePointRange): CodePointRange | null {
  const from = index.toUtf16(range.start);
  const to = index.toUtf16(range.end);
  const text = index.text.slice(from, to);
  const leading = text.length - text.trimStart().length;
  const trailing = text.length - text.trimEnd().length;
  if (leading === text.length) return null;
  return { start: index.toCodePoint(from + leading), end: index.toCodePoint(to - trailing) };
}
