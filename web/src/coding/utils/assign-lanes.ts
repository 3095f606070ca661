import type { CodePointRange } from './code-point-range';

/**
 * Gives each range a lane (0, 1, …) so that ranges sharing a lane never overlap, as coding stripes
 * in a margin: the longest-running first fit, by start then by length, keeps the stripes few.
 */
export function assignLanes(ranges: ReadonlyArray<CodePointRange & { id: string }>): Map<string, number> {
  const order = [...ranges].sort((a, b) => a.start - b.start || b.end - a.end || a.id.localeCompare(b.id));
  const laneEnds: number[] = [];
  const lanes = new Map<string, number>();
  for (const range of order) {
    let lane = laneEnds.findIndex((end) => end <= range.start);
    if (lane < 0) {
      lane = laneEnds.length;
      laneEnds.push(range.end);
    } else {
      laneEnds[lane] = range.end;
    }
    lanes.set(range.id, lane);
  }
  return lanes;
}
