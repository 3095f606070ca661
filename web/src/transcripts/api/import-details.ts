import type { Participant } from '../../participants/api/participant';

/** What the researcher fills in before the file is checked for identifiers. */
export interface ImportDetails {
  participant: Participant | null;
  month: string;
  file: File | null;
  /** Names of people and places in this interview, one per line; used to find them, never stored as text. */
  names: string;
  interviewerLabels: string;
  participantLabels: string;
}
