import { describe, expect, it } from 'vitest';
import { normalizeTranscriptText } from './normalize-transcript-text.js';
import { recognizeSpeakerTurns } from './recognize-speaker-turns.js';
import { stripMarkdown } from './strip-markdown.js';

// Lines that made earlier versions of these patterns take quadratic time (a minute or more at this
// size). Linear code handles each in milliseconds; the bound leaves room for a slow CI machine.
const SIZE = 200_000;
const BOUND_MS = 3_000;

function expectLinear(run: (text: string) => unknown, atom: string): void {
  const text = `${atom.repeat(Math.ceil(SIZE / atom.length))}x!`;
  const started = performance.now();
  run(text);
  expect(performance.now() - started).toBeLessThan(BOUND_MS);
}

describe(normalizeTranscriptText.name, () => {
  it.each([' ', ' \n', '\t', 'e\u0301', '\r\n'])('returns in linear time when a line repeats %j', (atom) => {
    expectLinear(normalizeTranscriptText, atom);
  });
});

describe(stripMarkdown.name, () => {
  it.each(['[', '](', '![', '[a](', '<https://', '**a', '~~a', '<a ', '# a   ', '| --- ', '_a'])('returns in linear time when a line repeats %j', (atom) => {
    expectLinear(stripMarkdown, atom);
  });
});

describe(recognizeSpeakerTurns.name, () => {
  it.each(['A ', 'A: ', '[', '[id1] ', ':', '\n\n', ' \n'])('returns in linear time when the text repeats %j', (atom) => {
    expectLinear((text) => recognizeSpeakerTurns(text), atom);
  });
});
