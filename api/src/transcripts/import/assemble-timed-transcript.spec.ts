import { describe, expect, it } from 'vitest';
import { assembleTimedTranscript } from './assemble-timed-transcript.js';
import { codePointSlice } from './code-point-offsets.js';
import { normalizeTranscriptText } from './normalize-transcript-text.js';

describe(assembleTimedTranscript.name, () => {
  it('merges consecutive cues of one speaker and continues a speaker through unnamed cues', () => {
    const { text, timedTurns } = assembleTimedTranscript([
      { mediaStart: 0, mediaEnd: 2, speakerLabel: 'Interviewer', text: 'Wat vindt u?' },
      { mediaStart: 2, mediaEnd: 4, speakerLabel: 'Deelnemer', text: 'Ik vind 👩🏽‍⚕️' },
      { mediaStart: 4, mediaEnd: 5, speakerLabel: null, text: 'het spannend.' },
      { mediaStart: 5, mediaEnd: 6, speakerLabel: 'deelnemer', text: 'Echt.' },
      { mediaStart: 6, mediaEnd: 7, speakerLabel: 'Interviewer', text: 'Dank u.' },
    ]);
    expect(text).toBe('Interviewer: Wat vindt u?\n\nDeelnemer: Ik vind 👩🏽‍⚕️ het spannend. Echt.\n\nInterviewer: Dank u.');
    expect(timedTurns).toEqual([
      { start: 13, end: 25, speakerLabel: 'Interviewer', mediaStart: 0, mediaEnd: 2 },
      { start: 38, end: 71, speakerLabel: 'Deelnemer', mediaStart: 2, mediaEnd: 6 },
      { start: 86, end: 93, speakerLabel: 'Interviewer', mediaStart: 6, mediaEnd: 7 },
    ]);
    expect(timedTurns.map((turn) => codePointSlice(text, turn.start, turn.end))).toEqual([
      'Wat vindt u?',
      'Ik vind 👩🏽‍⚕️ het spannend. Echt.',
      'Dank u.',
    ]);
    expect(normalizeTranscriptText(text)).toBe(text);
  });

  it('keeps cues before the first named speaker as paragraphs of their own', () => {
    const { text, timedTurns } = assembleTimedTranscript([
      { mediaStart: 0, mediaEnd: 1, speakerLabel: null, text: 'Hallo.' },
      { mediaStart: 1, mediaEnd: 2, speakerLabel: null, text: 'Ja.' },
    ]);
    expect(text).toBe('Hallo.\n\nJa.');
    expect(timedTurns.map((turn) => [turn.start, turn.end, turn.speakerLabel])).toEqual([
      [0, 6, null],
      [8, 11, null],
    ]);
  });

  it('returns an empty text when there are no cues', () => {
    expect(assembleTimedTranscript([])).toEqual({ text: '', timedTurns: [] });
  });
});
