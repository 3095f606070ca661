import { describe, expect, it } from 'vitest';
import { codePointSlice } from '../import/code-point-offsets.js';
import { recognizeSpeakerTurns } from '../import/recognize-speaker-turns.js';
import { applyPseudonymization } from './apply-pseudonymization.js';
import { findIdentifiers } from './find-identifiers.js';
import { shiftSegments } from './shift-segments.js';

describe(shiftSegments.name, () => {
  it('keeps every turn on the same words after names, dates and phones were replaced', () => {
    const text = 'Interviewer: Sprak u 👩🏽‍⚕️ dokter Jansen?\nP: Ja, op 12-03-2024, via 06-12345678.\nInterviewer: En Sanne?\nP: Sanne ook.';
    const segments = recognizeSpeakerTurns(text);
    const candidates = findIdentifiers(text, { names: ['Jansen', 'Sanne'], language: 'nl' });
    const { text: pseudonymized, offsetMap } = applyPseudonymization(
      text,
      candidates.map(({ start, end, suggestion }) => ({ start, end, placeholder: suggestion })),
    );
    const shifted = shiftSegments(segments, offsetMap);
    expect(shifted.map((segment) => [segment.speakerLabel, segment.role, codePointSlice(pseudonymized, segment.start, segment.end)])).toEqual([
      ['Interviewer', 'interviewer', 'Sprak u 👩🏽‍⚕️ dokter [NAME-1]?'],
      ['P', 'participant', 'Ja, op [DATE], via [PHONE].'],
      ['Interviewer', 'interviewer', 'En [NAME-2]?'],
      ['P', 'participant', '[NAME-2] ook.'],
    ]);
  });

  it('widens a range that began or ended inside replaced words to the whole placeholder', () => {
    const { offsetMap } = applyPseudonymization('Anna Jansen kwam', [{ start: 5, end: 11, placeholder: '[NAME-1]' }]);
    expect(shiftSegments([{ start: 7, end: 9, memo: 'x' }, { start: 0, end: 7, memo: 'y' }], offsetMap)).toEqual([
      { start: 5, end: 13, memo: 'x' },
      { start: 0, end: 13, memo: 'y' },
    ]);
  });
});
