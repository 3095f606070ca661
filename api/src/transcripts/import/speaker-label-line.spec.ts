import { describe, expect, it } from 'vitest';
import { isNameLikeLabel, isNumberedSpeakerLabel, matchSpeakerLabelLine, parseClockTime } from './speaker-label-line.js';

describe(matchSpeakerLabelLine.name, () => {
  it.each([
    { line: 'Interviewer: Hoe gaat het?', label: 'Interviewer', form: 'colon', contentStart: 13 },
    { line: 'I: Wie geht es?', label: 'I', form: 'colon', contentStart: 3 },
    { line: 'Int.: Allora', label: 'Int.', form: 'colon', contentStart: 6 },
    { line: 'Dr. Rossi: Sì.', label: 'Dr. Rossi', form: 'colon', contentStart: 11 },
    { line: 'Teilnehmer/in: Ja', label: 'Teilnehmer/in', form: 'colon', contentStart: 15 },
    { line: 'P:', label: 'P', form: 'colon', contentStart: 2 },
    { line: '[id1] Ik weet het niet', label: 'id1', form: 'bracket', contentStart: 6 },
    { line: '[Interviewer]: Und?', label: 'Interviewer', form: 'bracket', contentStart: 15 },
    { line: '[00:01:23] I: Und?', label: 'I', form: 'colon', contentStart: 14, mediaStart: 83 },
    { line: '#00:01:23-4# B: Ja.', label: 'B', form: 'colon', contentStart: 16, mediaStart: 83 },
    { line: 'Interviewer (01:02): Und?', label: 'Interviewer', form: 'colon', contentStart: 21, mediaStart: 62 },
  ])('finds "$label" ($form) when the line is "$line"', ({ line, ...expected }) => {
    expect(matchSpeakerLabelLine(line)).toEqual(expected);
  });

  it.each([
    { name: 'a URL', line: 'https://radboudumc.nl' },
    { name: 'a time of day', line: '10:15 begon het gesprek' },
    { name: 'a colon without a space after it', line: 'Verhältnis 3:1' },
    { name: 'a colon in the middle of a sentence', line: 'Ik zei toen tegen haar: nee' },
    { name: 'a bracketed time stamp only', line: '[00:01:23] Ja.' },
    { name: 'five words before a colon', line: 'Das war für mich klar: ja' },
  ])('finds nothing when the line is $name', ({ line }) => {
    expect(matchSpeakerLabelLine(line)).toBeNull();
  });

  it('finds only the allowed form when forms are restricted', () => {
    expect(matchSpeakerLabelLine('[P1] Ja', ['colon'])).toBeNull();
    expect(matchSpeakerLabelLine('P1: Ja', ['bracket'])).toBeNull();
  });
});

describe(parseClockTime.name, () => {
  it.each([
    { time: '00:01:23', seconds: 83 },
    { time: '01:02', seconds: 62 },
    { time: '1:00:00.250', seconds: 3600.25 },
    { time: '00:00:03,2', seconds: 3.2 },
  ])('reads $time as $seconds seconds', ({ time, seconds }) => {
    expect(parseClockTime(time)).toBe(seconds);
  });
});

describe(isNameLikeLabel.name, () => {
  it.each([
    { label: 'Anna', expected: true },
    { label: 'Dr. Rossi', expected: true },
    { label: 'Anna de Vries', expected: true },
    { label: 'dr. van der Berg', expected: true },
    { label: 'INTERVIEWER', expected: true },
    { label: 'Speaker 1', expected: true },
    { label: 'Datum', expected: false },
    { label: 'Also', expected: false },
    { label: 'Mijn dochter', expected: false },
    { label: 'anna', expected: false },
    { label: 'Eins Zwei Drei Vier Fünf', expected: false },
  ])('answers $expected when the label is "$label"', ({ label, expected }) => {
    expect(isNameLikeLabel(label)).toBe(expected);
  });
});

describe(isNumberedSpeakerLabel.name, () => {
  it.each([
    { label: 'R1', expected: true },
    { label: 'IP 3', expected: true },
    { label: 'id1', expected: true },
    { label: 'TN02', expected: true },
    { label: 'Anna', expected: false },
    { label: '1', expected: false },
  ])('answers $expected when the label is "$label"', ({ label, expected }) => {
    expect(isNumberedSpeakerLabel(label)).toBe(expected);
  });
});
