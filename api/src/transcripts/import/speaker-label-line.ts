/** How a line names its speaker: "Anna: …" (colon) or "[id1] …" (bracket). */
export type SpeakerLabelForm = 'colon' | 'bracket';

/** A line that starts with something shaped like a speaker label; whether it is one is decided per transcript. */
export interface SpeakerLabelLine {
  label: string;
  form: SpeakerLabelForm;
  /** UTF-16 index in the line where the utterance may start (after the label, its colon and spaces). */
  contentStart: number;
  /** Seconds, when the line carries a time stamp ("[00:01:23] I: …", "Interviewer (01:23): …"). */
  mediaStart?: number;
}

const TIME = String.raw`(?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?`;
const LEADING_TIME = String.raw`(?:[[(#]?(?<time>${TIME})(?:-\d)?[\])#]?[ \t]+)?`;
const WORD = String.raw`[\p{L}\p{N}][\p{L}\p{M}\p{N}'’./*_-]*`;
const COLON_LABEL = new RegExp(
  String.raw`^[ \t]*${LEADING_TIME}(?<label>${WORD}(?:[ \t]+${WORD}){0,3}?)(?:[ \t]*[([](?<trailingTime>${TIME})[)\]])?[ \t]*:(?:[ \t]+|$)`,
  'u',
);
const BRACKET_LABEL = new RegExp(String.raw`^[ \t]*${LEADING_TIME}\[(?<label>[^\]\n]{1,40})\][ \t]*:?(?:[ \t]+|$)`, 'u');
const TIME_ONLY = new RegExp(String.raw`^${TIME}$`);

/** Seconds of "1:02:03.5", "02:03", "02:03,250". */
export function parseClockTime(time: string): number {
  const [clock, fraction = ''] = time.split(/[.,]/);
  const seconds = clock.split(':').reduce((total, part) => total * 60 + Number(part), 0);
  return fraction === '' ? seconds : Math.round((seconds + Number(`0.${fraction}`)) * 1000) / 1000;
}

function withTime(match: RegExpExecArray, label: string, form: SpeakerLabelForm): SpeakerLabelLine {
  const time = match.groups?.time ?? match.groups?.trailingTime;
  const line: SpeakerLabelLine = { label, form, contentStart: match[0].length };
  if (time !== undefined) line.mediaStart = parseClockTime(time);
  return line;
}

/** The speaker label a line starts with, by shape only; `null` when it starts with none. */
export function matchSpeakerLabelLine(line: string, forms: readonly SpeakerLabelForm[] = ['colon', 'bracket']): SpeakerLabelLine | null {
  if (forms.includes('bracket')) {
    const match = BRACKET_LABEL.exec(line);
    const label = match?.groups?.label.trim();
    if (match && label && /\p{L}/u.test(label) && !TIME_ONLY.test(label)) return withTime(match, label, 'bracket');
  }
  if (forms.includes('colon')) {
    const match = COLON_LABEL.exec(line);
    const label = match?.groups?.label;
    if (match && label && /\p{L}/u.test(label)) return withTime(match, label, 'colon');
  }
  return null;
}

// Words a line may start with before a colon that are not speakers: transcript headers and
// discourse words ("Also: …", "Wichtig: …") in nl/de/it/en, lower case without trailing dots.
const NOT_SPEAKERS = new Set([
  'datum', 'date', 'data', 'ort', 'plaats', 'locatie', 'luogo', 'location', 'dauer', 'duur', 'durata', 'duration', 'tijd',
  'zeit', 'time', 'ora', 'orario', 'uhrzeit', 'titel', 'title', 'titolo', 'onderwerp', 'thema', 'topic', 'argomento', 'notiz',
  'note', 'notes', 'nota', 'opmerking', 'opmerkingen', 'anmerkung', 'anmerkungen', 'bemerkung', 'transcript',
  'transkript', 'transcriptie', 'trascrizione', 'project', 'projekt', 'progetto', 'code', 'id', 'center', 'centrum', 'zentrum',
  'centro', 'sprache', 'taal', 'lingua', 'language', 'interview', 'intervista', 'gesprek', 'gespräch', 'setting', 'context',
  'kontext', 'contesto', 'also', 'ja', 'nee', 'nein', 'no', 'sì', 'si', 'yes', 'ok', 'okay', 'gut', 'goed', 'bene', 'dus',
  'allora', 'quindi', 'naja', 'tja', 'hmm', 'beispiel', 'zum beispiel', 'voorbeeld', 'esempio', 'example', 'wichtig', 'fazit',
  'samenvatting', 'zusammenfassung', 'riassunto', 'summary', 'conclusie', 'conclusion', 'tipp', 'tip', 'hinweis', 'achtung',
  'let op', 'attenzione', 'ps', 'p.s', 'nb', 'n.b', 'zb', 'z.b', 'bijv', 'bv', 'https', 'http', 'mailto', 'tel', 'fax', 'email',
  'e-mail', 'mail', 'telefon', 'telefoon', 'telefono', 'adresse', 'adres', 'indirizzo', 'address',
]);
// Lower-case words allowed inside a name: particles and titles ("Anna de Vries", "dr. Rossi").
const NAME_PARTICLES = new Set([
  'van', 'de', 'der', 'den', 'het', 'ten', 'ter', "'t", 'von', 'zu', 'vom', 'di', 'da', 'del', 'della', 'dei', 'la', 'le', 'du',
  'dr.', 'dr', 'prof.', 'prof', 'mw.', 'dhr.', 'mevr.', 'sig.', 'sig.ra', 'dott.', 'dott.ssa', 'mr.', 'mrs.', 'ms.',
]);
const MAX_NAME_LENGTH = 40;

/** Header and discourse words ("Datum:", "Also:", "ID:") that are never speakers; numbered forms ("id1") may be. */
export function isNeverSpeaker(label: string): boolean {
  return NOT_SPEAKERS.has(label.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim().replace(/\.+$/, ''));
}

/** "R1", "IP 3", "id1", "Speaker 2", "TN02": a code that numbers speakers. */
export function isNumberedSpeakerLabel(label: string): boolean {
  return /^\p{L}{1,12}(?:[ _-]?\d{1,3})$/u.test(label.trim());
}

/**
 * Shaped like a person's name or role: one to four words, each capitalised, a number, or a name
 * particle/title ("Anna", "Dr. Rossi", "Anna de Vries", "INTERVIEWER"), not a header word.
 */
export function isNameLikeLabel(label: string): boolean {
  const words = label.trim().split(/[ \t]+/);
  if (label.length > MAX_NAME_LENGTH || words.length > 4 || isNeverSpeaker(label)) return false;
  const [first] = words;
  if (!/^\p{Lu}/u.test(first) && !NAME_PARTICLES.has(first.toLowerCase())) return false;
  return words.every((word) => /^\p{Lu}/u.test(word) || /^\d+$/.test(word) || NAME_PARTICLES.has(word.toLowerCase()));
}
