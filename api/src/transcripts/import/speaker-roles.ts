export type SpeakerRole = 'interviewer' | 'participant' | 'unknown';

/**
 * Labels that mark the interviewer, compared by speakerLabelKey (case, trailing dots, numbers and
 * gender suffixes ignored: "Int.", "I2", "Interviewer/in" all match). Q/A transcripts count the
 * question side as the interviewer.
 */
export const DEFAULT_INTERVIEWER_LABELS: readonly string[] = [
  // en
  'interviewer', 'int', 'i', 'iv', 'intv', 'researcher', 'moderator', 'q', 'question',
  // nl
  'interviewster', 'onderzoeker', 'onderzoekster', 'gespreksleider', 'gespreksleidster', 'vraag', 'v',
  // de
  'interviewerin', 'interviewende', 'forscher', 'forscherin', 'moderatorin', 'frage', 'f',
  // it
  'intervistatore', 'intervistatrice', 'ricercatore', 'ricercatrice', 'moderatore', 'moderatrice', 'domanda',
];

/** Labels that mark the interviewee; "P", "R1", "B2", "IP3", "TN" and role words in nl/de/it/en. */
export const DEFAULT_PARTICIPANT_LABELS: readonly string[] = [
  // en
  'p', 'r', 'participant', 'patient', 'respondent', 'interviewee', 'a', 'answer',
  // nl
  'deelnemer', 'deelneemster', 'patiënt', 'patiënte', 'geïnterviewde', 'geinterviewde', 'antwoord',
  // de
  'b', 'ip', 'tn', 'teilnehmer', 'teilnehmerin', 'patientin', 'befragte', 'befragter', 'interviewpartner',
  'interviewpartnerin', 'gesprächspartner', 'gesprächspartnerin', 'antwort',
  // it
  'partecipante', 'paziente', 'intervistato', 'intervistata', 'rispondente', 'risposta',
];

/**
 * The comparable form of a speaker label: NFC, lower case, single spaces, no trailing dots,
 * German gender forms folded ("Teilnehmer/in", "Teilnehmer*in" → "teilnehmerin", "Befragte/r" →
 * "befragter") and a trailing number dropped ("R1", "Interviewer 2", "P-03" → "r", "interviewer", "p").
 */
export function speakerLabelKey(label: string): string {
  return label
    .normalize('NFC')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[/*_:]in(nen)?$/, 'in')
    .replace(/[/*_]r$/, 'r')
    .replace(/[\s_-]*\d+$/, '')
    .replace(/\.+$/, '')
    .trim();
}

export interface SpeakerRoleOptions {
  /** Extra interviewer labels of this import; they win over every default. */
  interviewerLabels?: readonly string[];
  /** Extra participant labels of this import; they win over the defaults. */
  participantLabels?: readonly string[];
}

function exactForm(label: string): string {
  return label.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
}

// A configured "R1" means that speaker only; a configured "Moderatorin" also covers "Moderatorin 2".
function configuredLabels(labels: readonly string[]): { exact: Set<string>; keys: Set<string> } {
  return {
    exact: new Set(labels.map(exactForm)),
    keys: new Set(labels.filter((label) => !/\d\s*$/.test(label)).map(speakerLabelKey)),
  };
}

/** Role by the label alone: configured labels first (exactly as written, then by key), then the defaults. */
export function createSpeakerRoleLookup(options: SpeakerRoleOptions = {}): (label: string) => SpeakerRole {
  const customInterviewer = configuredLabels(options.interviewerLabels ?? []);
  const customParticipant = configuredLabels(options.participantLabels ?? []);
  const defaultInterviewer = new Set(DEFAULT_INTERVIEWER_LABELS.map(speakerLabelKey));
  const defaultParticipant = new Set(DEFAULT_PARTICIPANT_LABELS.map(speakerLabelKey));
  return (label) => {
    const exact = exactForm(label);
    const key = speakerLabelKey(label);
    if (customInterviewer.exact.has(exact)) return 'interviewer';
    if (customParticipant.exact.has(exact)) return 'participant';
    if (customInterviewer.keys.has(key)) return 'interviewer';
    if (customParticipant.keys.has(key)) return 'participant';
    if (defaultInterviewer.has(key)) return 'interviewer';
    if (defaultParticipant.has(key)) return 'participant';
    return 'unknown';
  };
}

/**
 * Roles of all speakers of one transcript. Beyond the label lists: when the interviewer (under one
 * or more labels) talks with exactly one other speaker whose label says nothing ("Anna",
 * "Dr. Rossi"), that speaker is the participant. Labels are speakers compared case-insensitively.
 */
export function assignSpeakerRoles(labels: Iterable<string>, roleOf: (label: string) => SpeakerRole): Map<string, SpeakerRole> {
  const roles = new Map<string, SpeakerRole>();
  for (const label of labels) if (!roles.has(label)) roles.set(label, roleOf(label));
  const speakersWith = (role: SpeakerRole): Set<string> =>
    new Set([...roles].filter(([, value]) => value === role).map(([label]) => exactForm(label)));
  const unknown = speakersWith('unknown');
  if (unknown.size === 1 && speakersWith('interviewer').size > 0 && speakersWith('participant').size === 0) {
    for (const [label, role] of roles) if (role === 'unknown') roles.set(label, 'participant');
  }
  return roles;
}
