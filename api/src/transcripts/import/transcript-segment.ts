import type { SpeakerRole } from './speaker-roles.js';

/**
 * One speaker turn, or one paragraph of a transcript without speaker labels.
 * `start`/`end` are code-point offsets into the normalized transcript text, [start, end) half-open,
 * and cover the utterance only: from its first to its last non-blank character, without the
 * speaker label, its colon or brackets, a leading time stamp, or a trailing f4 time mark. Coding a
 * whole segment therefore never codes the label, and a turn's text is `codePointSlice(text, start, end)`.
 */
export interface TranscriptSegment {
  start: number;
  end: number;
  /** The label as written ("Interviewer", "P", "Dr. Rossi", "id1"); null for unlabelled paragraphs. */
  speakerLabel: string | null;
  role: SpeakerRole;
  /** Seconds from the start of the recording, when the file says. */
  mediaStart?: number;
  mediaEnd?: number;
}
