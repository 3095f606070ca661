/** A speaker turn of a subtitle file with its place in the imported text and in the recording. */
export interface TimedTurn {
  /** Code-point offsets of the utterance in the imported text, [start, end), speaker prefix excluded. */
  start: number;
  end: number;
  speakerLabel: string | null;
  /** Seconds from the start of the recording. */
  mediaStart: number;
  mediaEnd: number;
}
