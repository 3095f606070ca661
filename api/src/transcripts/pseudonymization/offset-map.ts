/** One replaced range: where it was in the old text and where its placeholder is in the new one (code points). */
export interface OffsetMapEdit {
  oldStart: number;
  oldEnd: number;
  newStart: number;
  newEnd: number;
}

/** How code-point offsets of a text move when replacements are applied; edits are sorted and do not overlap. */
export interface OffsetMap {
  oldLength: number;
  newLength: number;
  edits: readonly OffsetMapEdit[];
}

/**
 * Which side of a range an offset is: an offset strictly inside a replaced span moves to the
 * placeholder's start when it starts a range and to its end when it ends one, so a segment or a
 * coding that touched the replaced words covers the whole placeholder.
 */
export type OffsetEdge = 'start' | 'end';

function lastEditAtOrBefore(edits: readonly OffsetMapEdit[], offset: number, startOf: (edit: OffsetMapEdit) => number): number {
  let low = 0;
  let high = edits.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    if (startOf(edits[middle]) <= offset) {
      found = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return found;
}

function checkOffset(offset: number, length: number): void {
  if (!Number.isInteger(offset) || offset < 0 || offset > length) throw new RangeError(`offset ${offset} is outside 0..${length}`);
}

/** The offset in the new text of an offset in the old text. O(log n) in the number of replacements. */
export function mapOffset(map: OffsetMap, offset: number, edge: OffsetEdge = 'start'): number {
  checkOffset(offset, map.oldLength);
  const position = lastEditAtOrBefore(map.edits, offset, (edit) => edit.oldStart);
  if (position < 0) return offset;
  const edit = map.edits[position];
  if (offset === edit.oldStart) return edit.newStart;
  if (offset < edit.oldEnd) return edge === 'start' ? edit.newStart : edit.newEnd;
  return offset - edit.oldEnd + edit.newEnd;
}

/** The offset in the old text of an offset in the new text; inside a placeholder it goes to the replaced span's edge. */
export function unmapOffset(map: OffsetMap, offset: number, edge: OffsetEdge = 'start'): number {
  checkOffset(offset, map.newLength);
  // An empty placeholder occupies no new offsets; the last edit starting at or before the offset decides.
  const position = lastEditAtOrBefore(map.edits, offset, (edit) => edit.newStart);
  if (position < 0) return offset;
  const edit = map.edits[position];
  if (offset === edit.newStart && edit.newEnd > edit.newStart) return edit.oldStart;
  if (offset < edit.newEnd) return edge === 'start' ? edit.oldStart : edit.oldEnd;
  return offset - edit.newEnd + edit.oldEnd;
}
