/** A half-open range [start, end) of code-point offsets into a transcript. */
export interface CodePointRange {
  start: number;
  end: number;
}
