import type { Language } from '../../app/languages';
import type { SpeakerRole } from './transcript';

export const CANDIDATE_KINDS = ['name', 'known', 'capitalized', 'hospital', 'email', 'phone', 'date', 'postcode', 'url'] as const;

/** What the server thinks an identifier is; 'known' means it is on the project's replacement list. */
export type CandidateKind = (typeof CANDIDATE_KINDS)[number];

/** A possible identifier in the uploaded text, with the placeholder the server suggests. */
export interface Candidate {
  start: number;
  end: number;
  text: string;
  kind: CandidateKind;
  suggestion: string;
}

export interface PreviewSegment {
  start: number;
  end: number;
  speakerLabel: string | null;
  role: SpeakerRole;
  mediaStart: number | null;
  mediaEnd: number | null;
}

export interface SpeakerOptions {
  interviewerLabels?: string[];
  participantLabels?: string[];
}

/** The parsed file before anything is stored: text, turns and identifiers to confirm. */
export interface TranscriptPreview {
  text: string;
  format: string;
  /** The character encoding a text file was read in; null for .docx. */
  encoding: string | null;
  lengthCp: number;
  segments: PreviewSegment[];
  candidates: Candidate[];
  /** Null when the text is too short or mixed to tell. */
  suggestedLanguage: { language: Language | null; confidence: number };
}

export interface PreviewInput {
  fileName: string;
  contentBase64: string;
  language?: Language;
  names?: string[];
  speakerOptions?: SpeakerOptions;
}

export interface Replacement {
  start: number;
  end: number;
  placeholder: string;
}

export interface RememberTerm {
  text: string;
  placeholder: string;
  kind: CandidateKind;
}

export interface CreateTranscriptInput {
  participantId: string;
  language: Language;
  interviewMonth: string;
  fileName: string;
  contentBase64: string;
  speakerOptions?: SpeakerOptions;
  replacements: Replacement[];
  /** Kept by the server only as hashes, so the next transcript recognises them. */
  rememberTerms: RememberTerm[];
}
