import { createCodePointIndex } from './code-point-offsets.js';
import { isNameLikeLabel, isNeverSpeaker, isNumberedSpeakerLabel, matchSpeakerLabelLine, parseClockTime, type SpeakerLabelForm, type SpeakerLabelLine } from './speaker-label-line.js';
import { assignSpeakerRoles, createSpeakerRoleLookup, type SpeakerRole, type SpeakerRoleOptions } from './speaker-roles.js';
import type { TimedTurn } from './timed-turn.js';
import type { TranscriptSegment } from './transcript-segment.js';

/**
 * Which label shapes count: 'colon' ("Anna: …", "I: …"), 'bracket' ("[id1] …"), or 'auto' (both;
 * the default). An explicit choice is also more trusting: any name-shaped label of that shape is a speaker.
 */
export type SpeakerLabelPattern = 'auto' | 'colon' | 'bracket';

export interface SpeakerTurnOptions extends SpeakerRoleOptions {
  pattern?: SpeakerLabelPattern;
  /** The turns of a subtitle import (ImportedTranscript.timedTurns); when given, they are the segments. */
  timedTurns?: readonly TimedTurn[];
}

interface Turn {
  label: string;
  /** UTF-16 range of the utterance. */
  from: number;
  to: number;
  mediaStart?: number;
  mediaEnd?: number;
}

interface LabelledLine extends SpeakerLabelLine {
  lineStart: number;
}

// f4/f5 transcription software closes every turn with a time mark such as "#00:01:23-4#".
const F4_TIME_MARK = /[ \t]*#(\d{1,2}:\d{2}:\d{2})(?:[-.,](\d{1,3}))?#$/;
const BLANK_LINE = /\n[ \t]*\n/g;

function formsOf(pattern: SpeakerLabelPattern): SpeakerLabelForm[] {
  switch (pattern) {
    case 'colon':
      return ['colon'];
    case 'bracket':
      return ['bracket'];
    case 'auto':
      return ['colon', 'bracket'];
  }
}

function labelledLines(text: string, forms: readonly SpeakerLabelForm[]): LabelledLine[] {
  const lines: LabelledLine[] = [];
  let lineStart = 0;
  for (const line of text.split('\n')) {
    const match = matchSpeakerLabelLine(line, forms);
    if (match) lines.push({ ...match, lineStart });
    lineStart += line.length + 1;
  }
  return lines;
}

/**
 * Which label-shaped lines really start a turn. Known role labels and numbered codes ("R1", "id2")
 * always do. In 'auto' mode a name ("Anna:", "[Anna]") must occur at least twice, or, for the colon
 * shape, sit in a transcript that also uses known labels; one-off "Datum:" or "Also:" lines stay text.
 */
function acceptedLines(lines: readonly LabelledLine[], pattern: SpeakerLabelPattern, roleOf: (label: string) => SpeakerRole): LabelledLine[] {
  const counts = new Map<string, number>();
  for (const line of lines) {
    const key = `${line.form}:${line.label.toLowerCase()}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const isKnown = (line: LabelledLine): boolean => roleOf(line.label) !== 'unknown' && !isNeverSpeaker(line.label);
  const hasKnownLabels = lines.some(isKnown);
  return lines.filter((line) => {
    if (isKnown(line)) return true;
    if (isNeverSpeaker(line.label)) return false;
    if (isNumberedSpeakerLabel(line.label)) return true;
    const recurs = (counts.get(`${line.form}:${line.label.toLowerCase()}`) ?? 0) >= 2;
    if (line.form === 'bracket') {
      if (pattern === 'bracket') return true;
      return /^\p{Lu}{1,4}$/u.test(line.label) || (isNameLikeLabel(line.label) && recurs);
    }
    return isNameLikeLabel(line.label) && (pattern === 'colon' || recurs || hasKnownLabels);
  });
}

/** Narrows a UTF-16 range to its first and last non-blank characters. */
function trimRange(text: string, from: number, to: number): { from: number; to: number } {
  let start = from;
  let end = to;
  while (start < end && /\s/.test(text[start])) start += 1;
  while (end > start && /\s/.test(text[end - 1])) end -= 1;
  return { from: start, to: end };
}

function paragraphRanges(text: string, from: number, to: number): { from: number; to: number }[] {
  const ranges: { from: number; to: number }[] = [];
  const region = text.slice(from, to);
  let paragraphStart = 0;
  for (const blank of region.matchAll(BLANK_LINE)) {
    ranges.push(trimRange(text, from + paragraphStart, from + blank.index));
    paragraphStart = blank.index + blank[0].length;
  }
  ranges.push(trimRange(text, from + paragraphStart, to));
  return ranges.filter((range) => range.to > range.from);
}

function turnsOf(text: string, lines: readonly LabelledLine[]): Turn[] {
  const turns: Turn[] = [];
  let previousMark: number | undefined;
  lines.forEach((line, position) => {
    const next = lines[position + 1];
    const range = trimRange(text, line.lineStart + line.contentStart, next ? next.lineStart : text.length);
    const turn: Turn = { label: line.label, ...range };
    const mark = F4_TIME_MARK.exec(text.slice(range.from, range.to));
    if (mark) {
      turn.mediaEnd = parseClockTime(mark[2] === undefined ? mark[1] : `${mark[1]}.${mark[2]}`);
      turn.to = trimRange(text, range.from, range.from + mark.index).to;
    }
    // Without a time stamp of its own, a turn starts where the previous f4 mark closed the last one.
    const mediaStart = line.mediaStart ?? previousMark;
    if (mediaStart !== undefined) turn.mediaStart = mediaStart;
    previousMark = turn.mediaEnd;
    if (turn.to > turn.from) turns.push(turn);
  });
  return turns;
}

function fromTimedTurns(turns: readonly TimedTurn[], roleOf: (label: string) => SpeakerRole): TranscriptSegment[] {
  const roles = assignSpeakerRoles(
    turns.flatMap((turn) => (turn.speakerLabel === null ? [] : [turn.speakerLabel])),
    roleOf,
  );
  return turns.map((turn) => ({
    start: turn.start,
    end: turn.end,
    speakerLabel: turn.speakerLabel,
    role: turn.speakerLabel === null ? 'unknown' : (roles.get(turn.speakerLabel) ?? 'unknown'),
    mediaStart: turn.mediaStart,
    mediaEnd: turn.mediaEnd,
  }));
}

/**
 * Splits a normalized transcript into speaker turns. A turn starts at a line that begins with a
 * speaker label and runs to the next such line (so a turn may span several paragraphs); text before
 * the first label becomes one 'unknown' segment per paragraph, and so does a text without any labels.
 * Segments cover the utterance only (see TranscriptSegment). Roles come from the label lists and the
 * options, then from the two-speaker rule of assignSpeakerRoles.
 */
export function recognizeSpeakerTurns(text: string, options: SpeakerTurnOptions = {}): TranscriptSegment[] {
  const roleOf = createSpeakerRoleLookup(options);
  if (options.timedTurns && options.timedTurns.length > 0) return fromTimedTurns(options.timedTurns, roleOf);

  const pattern = options.pattern ?? 'auto';
  const lines = acceptedLines(labelledLines(text, formsOf(pattern)), pattern, roleOf);
  const preamble = paragraphRanges(text, 0, lines.length > 0 ? lines[0].lineStart : text.length);
  const turns = turnsOf(text, lines);
  const roles = assignSpeakerRoles(
    turns.map((turn) => turn.label),
    roleOf,
  );
  const index = createCodePointIndex(text);
  const segments: TranscriptSegment[] = preamble.map((range) => ({
    start: index.toCodePoint(range.from),
    end: index.toCodePoint(range.to),
    speakerLabel: null,
    role: 'unknown',
  }));
  for (const turn of turns) {
    const segment: TranscriptSegment = {
      start: index.toCodePoint(turn.from),
      end: index.toCodePoint(turn.to),
      speakerLabel: turn.label,
      role: roles.get(turn.label) ?? 'unknown',
    };
    if (turn.mediaStart !== undefined) segment.mediaStart = turn.mediaStart;
    if (turn.mediaEnd !== undefined) segment.mediaEnd = turn.mediaEnd;
    segments.push(segment);
  }
  return segments;
}
