import { mapOffset, type OffsetMap } from './offset-map.js';

/**
 * Ranges (segments, codings) found in the text before pseudonymization, moved to the same words
 * after it. A range that began or ended inside replaced words now covers the whole placeholder.
 * Every other field is kept as it is.
 */
export function shiftSegments<T extends { start: number; end: number }>(segments: readonly T[], offsetMap: OffsetMap): T[] {
  return segments.map((segment) => ({ ...segment, start: mapOffset(offsetMap, segment.start, 'start'), end: mapOffset(offsetMap, segment.end, 'end') }));
}
