import type { CaptionCue } from './caption-cue.js';
import { codePointLength } from './code-point-offsets.js';
import type { TimedTurn } from './timed-turn.js';

const TURN_SEPARATOR = '\n\n';

function sameSpeaker(a: string | null, b: string | null): boolean {
  return a !== null && b !== null && a.toLowerCase() === b.toLowerCase();
}

/**
 * Subtitle cues as a transcript: consecutive cues of one speaker become one turn, written as one
 * paragraph "Speaker: text text …" (turns separated by a blank line), so the text reads like any
 * other transcript. A cue without a speaker continues the previous speaker (subtitle editors name
 * the speaker only where the turn starts); cues before the first named speaker stay one paragraph each.
 * The text is already in normal form (see normalizeTranscriptText) because every cue text is.
 */
export function assembleTimedTranscript(cues: readonly CaptionCue[]): { text: string; timedTurns: TimedTurn[] } {
  const turns: { speakerLabel: string | null; texts: string[]; mediaStart: number; mediaEnd: number }[] = [];
  let speaker: string | null = null;
  for (const cue of cues) {
    speaker = cue.speakerLabel ?? speaker;
    const last = turns.at(-1);
    if (last && sameSpeaker(last.speakerLabel, speaker)) {
      last.texts.push(cue.text);
      last.mediaEnd = Math.max(last.mediaEnd, cue.mediaEnd);
    } else {
      turns.push({ speakerLabel: speaker, texts: [cue.text], mediaStart: cue.mediaStart, mediaEnd: cue.mediaEnd });
    }
  }

  let text = '';
  let length = 0;
  const timedTurns: TimedTurn[] = [];
  for (const turn of turns) {
    const separator = text === '' ? '' : TURN_SEPARATOR;
    const prefix = `${separator}${turn.speakerLabel === null ? '' : `${turn.speakerLabel}: `}`;
    const utterance = turn.texts.join(' ');
    const start = length + codePointLength(prefix);
    const end = start + codePointLength(utterance);
    text += prefix + utterance;
    length = end;
    timedTurns.push({ start, end, speakerLabel: turn.speakerLabel, mediaStart: turn.mediaStart, mediaEnd: turn.mediaEnd });
  }
  return { text, timedTurns };
}
