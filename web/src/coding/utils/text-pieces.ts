import type { CodePointRange } from './code-point-range';

export interface TextPiece extends CodePointRange {
  /** The ids of the ranges covering the whole piece, in the order the ranges were given. */
  ids: string[];
}

/**
 * Cuts [start, end) wherever one of the ranges begins or ends, so each piece is covered by the same
 * ranges throughout and overlapping codings can be drawn as layers on plain spans.
 */
export function textPieces(start: number, end: number, ranges: ReadonlyArray<CodePointRange & { id: string }>): TextPiece[] {
  if (end <= start) return [];
  const inside = ranges.filter((range) => range.end > start && range.start < end && range.end > range.start);
  const cuts = new Set<number>([start, end]);
  for (const range of inside) {
    if (range.start > start) cuts.add(range.start);
    if (range.end < end) cuts.add(range.end);
  }
  const sorted = [...cuts].sort((a, b) => a - b);
  const pieces: TextPiece[] = [];
  for (let i = 0; i + 1 < sorted.length; i += 1) {
    const pieceStart = sorted[i] ?? start;
    const pieceEnd = sorted[i + 1] ?? end;
    const ids = inside.filter((range) => range.start <= pieceStart && range.end >= pieceEnd).map((range) => range.id);
    pieces.push({ start: pieceStart, end: pieceEnd, ids });
  }
  return pieces;
}
