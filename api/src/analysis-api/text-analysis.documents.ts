/** One piece of text an analysis counts, with where it came from so a hit can link back to it. */
export type TextDocument = TranscriptDocument | ResponseDocument;

export interface TranscriptDocument {
  source: 'transcript';
  transcriptId: string;
  segmentId: string;
  /** Code-point offset of the text's first character in the transcript. */
  start: number;
  text: string;
  group: string;
  center: string;
}

export interface ResponseDocument {
  source: 'response';
  responseId: string;
  question: string;
  text: string;
  group: string;
  center: string;
}

/** A half-open code-point range. */
export interface Range {
  start: number;
  end: number;
}

/**
 * The parts of a segment (text starting at `segmentStart`) covered by the given ranges, as
 * separate pieces with their offsets. Overlapping ranges (two coders, nested codings) are merged
 * first, so no word is counted twice.
 */
export function coveredPieces(segmentText: string, segmentStart: number, ranges: readonly Range[]): Array<{ start: number; text: string }> {
  const codePoints = Array.from(segmentText);
  const segmentEnd = segmentStart + codePoints.length;
  const clipped = ranges
    .map((range) => ({ start: Math.max(range.start, segmentStart), end: Math.min(range.end, segmentEnd) }))
    .filter((range) => range.end > range.start)
    .sort((a, b) => a.start - b.start);
  const merged: Range[] = [];
  for (const range of clipped) {
    const last = merged.at(-1);
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  return merged.map((range) => ({
    start: range.start,
    text: codePoints.slice(range.start - segmentStart, range.end - segmentStart).join(''),
  }));
}
