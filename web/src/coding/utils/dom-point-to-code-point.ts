import { PIECE_SELECTOR } from './piece-selector';
import { utf16ToCodePoint } from './utf16-to-code-point';

function pieceStart(piece: HTMLElement): number {
  return Number(piece.dataset.cpStart);
}

function pieceEnd(piece: HTMLElement): number {
  return Number(piece.dataset.cpEnd);
}

/**
 * The transcript offset (code points) of a DOM selection boundary inside `root`. A boundary in a
 * text piece converts exactly; one elsewhere (a speaker label, a margin, between turns) snaps to
 * the nearest text in the selection's direction: forward for its start, backward for its end.
 * Null when there is no text on that side.
 */
export function domPointToCodePoint(root: HTMLElement, node: Node, offset: number, edge: 'start' | 'end'): number | null {
  const element = node.nodeType === Node.TEXT_NODE ? node.parentElement : node instanceof Element ? node : null;
  const piece = element?.closest<HTMLElement>(PIECE_SELECTOR);
  if (piece && root.contains(piece)) {
    if (node.nodeType === Node.TEXT_NODE) return pieceStart(piece) + utf16ToCodePoint(node.textContent ?? '', offset);
    if (node === piece) return offset === 0 ? pieceStart(piece) : pieceEnd(piece);
  }
  const point = document.createRange();
  point.setStart(node, offset);
  const pieces = Array.from(root.querySelectorAll<HTMLElement>(PIECE_SELECTOR));
  if (edge === 'start') {
    const next = pieces.find((candidate) => point.comparePoint(candidate, 0) >= 0);
    return next ? pieceStart(next) : null;
  }
  for (let i = pieces.length - 1; i >= 0; i -= 1) {
    const candidate = pieces[i];
    if (candidate && point.comparePoint(candidate, candidate.childNodes.length) <= 0) return pieceEnd(candidate);
  }
  return null;
}
