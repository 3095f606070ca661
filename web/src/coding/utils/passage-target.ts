/** Where a link into a transcript points: `#start=120&end=180` (code points). */
export interface PassageTarget {
  start: number;
  end: number | null;
}
