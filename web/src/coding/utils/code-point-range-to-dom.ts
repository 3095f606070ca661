import type { CodePointRange } from './code-point-range';
import { codePointToDomPoint } from './code-point-to-dom-point';

/** A DOM Range over a transcript passage inside `root`, or null when it is not on screen. */
export function codePointRangeToDom(root: HTMLElement, range: CodePointRange): Range | null {
  const start = codePointToDomPoint(root, range.start, 'start');
  const end = codePointToDomPoint(root, range.end, 'end');
  if (!start || !end) return null;
  const dom = document.createRange();
  dom.setStart(start.node, start.offset);
  dom.setEnd(end.node, end.offset);
  return dom;
}
