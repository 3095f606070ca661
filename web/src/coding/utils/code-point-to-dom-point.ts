import { codePointToUtf16 } from './code-point-to-utf16';
import { PIECE_SELECTOR } from './piece-selector';

/**
 * The DOM position of a transcript offset inside `root`, for drawing a selection or scrolling to
 * a passage. At a piece boundary, 'start' takes the piece that begins there, 'end' the one that ends there.
 */
export function codePointToDomPoint(root: HTMLElement, codePoint: number, edge: 'start' | 'end'): { node: Node; offset: number } | null {
  const pieces = root.querySelectorAll<HTMLElement>(PIECE_SELECTOR);
  for (const piece of pieces) {
    const start = Number(piece.dataset.cpStart);
    const end = Number(piece.dataset.cpEnd);
    const inside = edge === 'start' ? codePoint >= start && codePoint < end : codePoint > start && codePoint <= end;
    if (!inside) continue;
    const text = piece.firstChild;
    if (!text) return { node: piece, offset: 0 };
    return { node: text, offset: codePointToUtf16(text.textContent ?? '', codePoint - start) };
  }
  return null;
}
