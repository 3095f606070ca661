import { codePointLength, createCodePointIndex } from '../import/code-point-offsets.js';
import type { OffsetMap, OffsetMapEdit } from './offset-map.js';
import { PseudonymizationError } from './pseudonymization-error.js';

/** Replace the text between two code-point offsets, [start, end), with a placeholder. */
export interface Replacement {
  start: number;
  end: number;
  placeholder: string;
}

/**
 * The text with every replacement applied, and how offsets moved (see mapOffset, shiftSegments).
 * Replacements may come in any order; they must lie inside the text, cover at least one code point
 * and not overlap (touching is fine). Throws PseudonymizationError otherwise.
 */
export function applyPseudonymization(text: string, replacements: readonly Replacement[]): { text: string; offsetMap: OffsetMap } {
  const index = createCodePointIndex(text);
  const sorted = [...replacements].sort((a, b) => a.start - b.start || a.end - b.end);
  for (const replacement of sorted) {
    const { start, end } = replacement;
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end <= start || end > index.length) {
      throw new PseudonymizationError('TRANSCRIPT_REPLACEMENT_OUT_OF_RANGE', { start, end, length: index.length });
    }
  }
  sorted.forEach((replacement, position) => {
    const previous = sorted[position - 1];
    if (previous && replacement.start < previous.end) {
      throw new PseudonymizationError('TRANSCRIPT_REPLACEMENTS_OVERLAP', {
        start: replacement.start,
        end: replacement.end,
        otherStart: previous.start,
        otherEnd: previous.end,
      });
    }
  });

  const pieces: string[] = [];
  const edits: OffsetMapEdit[] = [];
  let copiedUpTo = 0;
  let shift = 0;
  for (const { start, end, placeholder } of sorted) {
    pieces.push(text.slice(index.toUtf16(copiedUpTo), index.toUtf16(start)), placeholder);
    const newStart = start + shift;
    const newEnd = newStart + codePointLength(placeholder);
    edits.push({ oldStart: start, oldEnd: end, newStart, newEnd });
    shift = newEnd - end;
    copiedUpTo = end;
  }
  pieces.push(text.slice(index.toUtf16(copiedUpTo)));
  return { text: pieces.join(''), offsetMap: { oldLength: index.length, newLength: index.length + shift, edits } };
}
