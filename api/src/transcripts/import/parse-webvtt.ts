import { cleanCueText, splitSpeakerPrefix, type CaptionCue } from './caption-cue.js';
import { parseClockTime } from './speaker-label-line.js';

const TIMING = /^((?:\d+:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?)[ \t]+-->[ \t]+((?:\d+:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?)/;
const VOICE_TAG = /<v(?:\.[^\s>]*)?[ \t]+([^>\n]*)>/g;
const SKIPPED_BLOCK = /^(?:NOTE|STYLE|REGION)(?:[ \t]|$)/;

/** The speaker pieces of one cue payload: a payload can hold several voices ("<v A>Hi</v> <v B>Hello"). */
function voicePieces(payload: string): { speakerLabel: string | null; text: string }[] {
  const tags = [...payload.matchAll(VOICE_TAG)];
  if (tags.length === 0) return [splitSpeakerPrefix(cleanCueText(payload))];
  const pieces: { speakerLabel: string | null; text: string }[] = [];
  const before = cleanCueText(payload.slice(0, tags[0].index));
  if (before !== '') pieces.push({ speakerLabel: null, text: before });
  tags.forEach((tag, position) => {
    const to = position + 1 < tags.length ? tags[position + 1].index : payload.length;
    const speakerLabel = cleanCueText(tag[1]);
    pieces.push({ speakerLabel: speakerLabel === '' ? null : speakerLabel, text: cleanCueText(payload.slice(tag.index + tag[0].length, to)) });
  });
  return pieces;
}

/**
 * The cues of a WebVTT file (line breaks already LF) in file order; NOTE, STYLE and REGION blocks,
 * cue identifiers and cue settings are skipped. Empty cues are dropped.
 */
export function parseWebVtt(text: string): CaptionCue[] {
  const cues: CaptionCue[] = [];
  for (const block of text.split(/\n[ \t]*\n/)) {
    const lines = block.split('\n').filter((line) => line.trim() !== '');
    if (lines.length === 0 || lines[0].startsWith('WEBVTT') || SKIPPED_BLOCK.test(lines[0])) continue;
    const timingLine = TIMING.test(lines[0]) ? 0 : 1;
    const timing = TIMING.exec(lines[timingLine] ?? '');
    if (!timing) continue;
    const mediaStart = parseClockTime(timing[1]);
    const mediaEnd = Math.max(mediaStart, parseClockTime(timing[2]));
    for (const piece of voicePieces(lines.slice(timingLine + 1).join('\n'))) {
      if (piece.text !== '') cues.push({ mediaStart, mediaEnd, ...piece });
    }
  }
  return cues;
}
