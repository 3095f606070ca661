import type { Language } from '../../app/languages';
import type { StakeholderGroup } from '../../participants/api/participant';

export const SPEAKER_ROLES = ['interviewer', 'participant', 'unknown'] as const;

export type SpeakerRole = (typeof SPEAKER_ROLES)[number];

/** An imported, pseudonymized interview. Offsets into its text count Unicode code points. */
export interface Transcript {
  id: string;
  participantId: string;
  participantCode: string;
  center: string;
  group: StakeholderGroup;
  language: Language;
  /** YYYY-MM: month precision only. */
  interviewMonth: string;
  lengthCp: number;
  createdAt: string;
  /** Null while coding is blind (each coder sees only their own codings). */
  codingsRevealedAt: string | null;
}

/** A speaker turn: a code-point range [start, end) of the transcript text. */
export interface Segment {
  id: string;
  ordinal: number;
  start: number;
  end: number;
  speakerLabel: string | null;
  role: SpeakerRole;
  /** Seconds into the recording, when the source had time codes (VTT, SRT). */
  mediaStart: number | null;
  mediaEnd: number | null;
}

export interface TranscriptDetail {
  transcript: Transcript;
  text: string;
  segments: Segment[];
}
