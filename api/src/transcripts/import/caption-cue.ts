import { isNameLikeLabel, isNeverSpeaker, isNumberedSpeakerLabel, matchSpeakerLabelLine } from './speaker-label-line.js';
import { createSpeakerRoleLookup } from './speaker-roles.js';

/** One timed piece of a subtitle file, cleaned to plain text. */
export interface CaptionCue {
  /** Seconds from the start of the recording. */
  mediaStart: number;
  mediaEnd: number;
  /** The speaker from a `<v Anna>` voice tag or an "ANNA:" prefix; null when the cue names none. */
  speakerLabel: string | null;
  /** NFC text on one line, markup removed. */
  text: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', lrm: '', rlm: '' };
const roleOfLabel = createSpeakerRoleLookup();

/** Plain text of a cue payload: tags (<i>, <c.x>, <00:01.000>, <font>) and {\an8} codes removed, entities decoded, one line. */
export function cleanCueText(payload: string): string {
  return payload
    .replace(/<[^>\n]*>/g, '')
    .replace(/\{\\[^}\n]*\}/g, '')
    .replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (entity, body: string) => {
      if (body.startsWith('#x')) return String.fromCodePoint(Number.parseInt(body.slice(2), 16));
      if (body.startsWith('#')) return String.fromCodePoint(Number.parseInt(body.slice(1), 10));
      return ENTITIES[body] ?? entity;
    })
    .normalize('NFC')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A known or name-like "SPEAKER: text" prefix of a cue (Zoom, Teams and subtitle editors write these). */
export function splitSpeakerPrefix(text: string): { speakerLabel: string | null; text: string } {
  const line = matchSpeakerLabelLine(text, ['colon']);
  if (!line || isNeverSpeaker(line.label)) return { speakerLabel: null, text };
  const isSpeaker = roleOfLabel(line.label) !== 'unknown' || isNumberedSpeakerLabel(line.label) || isNameLikeLabel(line.label);
  return isSpeaker ? { speakerLabel: line.label, text: text.slice(line.contentStart).trim() } : { speakerLabel: null, text };
}
