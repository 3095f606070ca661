import { cleanCueText, splitSpeakerPrefix, type CaptionCue } from './caption-cue.js';
import { parseClockTime } from './speaker-label-line.js';

const TIMING = /^(\d{1,2}:\d{2}:\d{2}(?:[.,]\d{1,3})?)[ \t]+-->[ \t]+(\d{1,2}:\d{2}:\d{2}(?:[.,]\d{1,3})?)/;

/** The cues of an SRT file (line breaks already LF) in file order; a "SPEAKER:" prefix names the speaker. Empty cues are dropped. */
export function parseSrt(text: string): CaptionCue[] {
  const cues: CaptionCue[] = [];
  for (const block of text.split(/\n[ \t]*\n/)) {
    const lines = block.split('\n').filter((line) => line.trim() !== '');
    const timingLine = lines.findIndex((line) => TIMING.test(line));
    // The timing is the first line, or the second after the cue number.
    if (timingLine < 0 || timingLine > 1) continue;
    const timing = TIMING.exec(lines[timingLine]);
    if (!timing) continue;
    const mediaStart = parseClockTime(timing[1]);
    const mediaEnd = Math.max(mediaStart, parseClockTime(timing[2]));
    const piece = splitSpeakerPrefix(cleanCueText(lines.slice(timingLine + 1).join('\n')));
    if (piece.text !== '') cues.push({ mediaStart, mediaEnd, ...piece });
  }
  return cues;
}
