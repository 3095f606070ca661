/** One coder's code on a passage: `start`/`end` are half-open code-point offsets into the transcript. */
export interface CodedSpan {
  transcriptId: string;
  coderId: string;
  codeId: string;
  start: number;
  end: number;
}

/** A stretch of a transcript (for example one speaker turn), with half-open code-point offsets. */
export interface TranscriptSegment {
  transcriptId: string;
  id: string;
  start: number;
  end: number;
}

export interface CodeFrequency {
  codeId: string;
  /** Units with this code: passages when counting overlaps, segments when counting by segment. */
  count: number;
}

export interface CodePairCooccurrence {
  /** The pair in code-point order of the ids, codeA < codeB. */
  codeA: string;
  codeB: string;
  n1: number;
  n2: number;
  n12: number;
  c: number;
  /**
   * True when n12 > min(n1, n2): one passage overlaps several of the other code, so c overstates the
   * association (ATLAS.ti flags the same case).
   */
  inflated: boolean;
}

export interface CooccurrenceTable {
  unit: 'passage' | 'segment';
  /** Every code seen, most frequent first. */
  codes: CodeFrequency[];
  /** Every pair that co-occurs at least once, most frequent first. Pairs that never co-occur are left out. */
  pairs: CodePairCooccurrence[];
}

export interface CooccurrenceOptions {
  /** Count only these coders' codings (default all). */
  coderIds?: readonly string[];
}
