import type { CodePointIndex } from './code-point-index';
import type { CodePointRange } from './code-point-range';

export interface PassageContext {
  before: string;
  passage: string;
  after: string;
}

/**
 * A passage with a few words either side, cut at word boundaries, so even a stretch of one space
 * (where two coders' codings just fail to meet) can be recognised in a list.
 */
export function passageContext(index: CodePointIndex, range: CodePointRange, around = 40, longest = 120): PassageContext {
  const length = range.end - range.start;
  const passage = length > longest ? `${index.slice(range.start, range.start + longest)}…` : index.slice(range.start, range.end);
  const beforeStart = Math.max(0, range.start - around);
  const afterEnd = Math.min(index.length, range.end + around);
  let before = index.slice(beforeStart, range.start);
  let after = index.slice(range.end, afterEnd);
  // Drop a word cut in half at either end (unless the cut falls on a space anyway).
  if (beforeStart > 0) before = `…${/\S/u.test(index.slice(beforeStart - 1, beforeStart)) ? before.replace(/^\S*\s/u, '') : before}`;
  if (afterEnd < index.length) after = `${/\S/u.test(index.slice(afterEnd, afterEnd + 1)) ? after.replace(/\s\S*$/u, '') : after}…`;
  return { before, passage, after };
}
