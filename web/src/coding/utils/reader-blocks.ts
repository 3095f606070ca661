import type { CodePointIndex } from './code-point-index';
import type { ReaderBlock } from './reader-block';

interface SegmentLike {
  id?: string;
  start: number;
  end: number;
  speakerLabel: string | null;
  role: ReaderBlock['role'];
  mediaStart: number | null;
  mediaEnd: number | null;
}

/**
 * The turns in text order. Text between turns is shown as a block of its own when it holds words
 * beyond the next turn's speaker label (which the turn shows anyway), so nothing the server stored
 * is hidden from the coder, and a file without turns still reads.
 */
export function readerBlocks(index: CodePointIndex, segments: readonly SegmentLike[]): ReaderBlock[] {
  const sorted = [...segments].filter((segment) => segment.end > segment.start).sort((a, b) => a.start - b.start);
  const blocks: ReaderBlock[] = [];
  let cursor = 0;
  const gap = (start: number, end: number, nextLabel: string | null) => {
    if (end <= start) return;
    const text = nextLabel ? index.slice(start, end).replace(nextLabel, '') : index.slice(start, end);
    if (/\p{L}/u.test(text)) {
      blocks.push({ key: `gap-${start}`, start, end, speakerLabel: null, role: 'unknown', mediaStart: null, mediaEnd: null });
    }
  };
  for (const segment of sorted) {
    const start = Math.max(segment.start, cursor);
    const end = Math.min(segment.end, index.length);
    if (end <= start) continue;
    gap(cursor, start, segment.speakerLabel);
    blocks.push({
      key: segment.id ?? `segment-${start}`,
      start,
      end,
      speakerLabel: segment.speakerLabel,
      role: segment.role,
      mediaStart: segment.mediaStart,
      mediaEnd: segment.mediaEnd,
    });
    cursor = end;
  }
  gap(cursor, index.length, null);
  return blocks;
}
