import { describe, expect, it } from 'vitest';
import { codePointSlice } from './code-point-offsets.js';
import { recognizeSpeakerTurns } from './recognize-speaker-turns.js';
import type { TranscriptSegment } from './transcript-segment.js';

/** Each segment as [label, role, its text], which is what a reader of the transcript sees. */
function turns(text: string, segments: readonly TranscriptSegment[]): [string | null, string, string][] {
  return segments.map((segment) => [segment.speakerLabel, segment.role, codePointSlice(text, segment.start, segment.end)]);
}

describe(recognizeSpeakerTurns.name, () => {
  it('splits a Dutch interview into turns when lines start with "Interviewer:" and "P:"', () => {
    const text = [
      'Interviewer: Wat vindt u van AI bij het lezen van uw MRI?',
      '',
      'P: Eerlijk gezegd 👩🏽‍⚕️ vertrouw ik vooral mijn arts.',
      '',
      'Als het uitgelegd wordt, dan wel.',
      'Interviewer: Dank u.',
    ].join('\n');
    const segments = recognizeSpeakerTurns(text);
    expect(turns(text, segments)).toEqual([
      ['Interviewer', 'interviewer', 'Wat vindt u van AI bij het lezen van uw MRI?'],
      ['P', 'participant', 'Eerlijk gezegd 👩🏽‍⚕️ vertrouw ik vooral mijn arts.\n\nAls het uitgelegd wordt, dan wel.'],
      ['Interviewer', 'interviewer', 'Dank u.'],
    ]);
    // Code points: the emoji is 5 of them, so the second turn ends 4 earlier than in UTF-16 units.
    expect(segments.map(({ start, end }) => [start, end])).toEqual([
      [13, 57],
      [62, 147],
      [161, 168],
    ]);
  });

  it.each([
    {
      name: 'a named speaker talks with the interviewer (German)',
      text: 'Interviewerin: Wie sehen Sie das?\nAnna: Skeptisch.\nInterviewerin: Warum?\nAnna: Zu wenig erklärt.',
      expected: [
        ['Interviewerin', 'interviewer', 'Wie sehen Sie das?'],
        ['Anna', 'participant', 'Skeptisch.'],
        ['Interviewerin', 'interviewer', 'Warum?'],
        ['Anna', 'participant', 'Zu wenig erklärt.'],
      ],
    },
    {
      name: 'Italian role words and a title before a name',
      text: 'Intervistatrice: Si fida?\nDr. Rossi: Dipende dal modello.',
      expected: [
        ['Intervistatrice', 'interviewer', 'Si fida?'],
        ['Dr. Rossi', 'participant', 'Dipende dal modello.'],
      ],
    },
    {
      name: 'numbered codes in brackets',
      text: '[id1] Wat denkt u?\n[id2] Ik weet het niet.\n[id1] Oké.',
      expected: [
        ['id1', 'unknown', 'Wat denkt u?'],
        ['id2', 'unknown', 'Ik weet het niet.'],
        ['id1', 'unknown', 'Oké.'],
      ],
    },
    {
      name: 'short codes I, R1 and Int.',
      text: 'I: Und?\nR1: Naja.\nInt.: Bitte?\nR1: Gut.',
      expected: [
        ['I', 'interviewer', 'Und?'],
        ['R1', 'participant', 'Naja.'],
        ['Int.', 'interviewer', 'Bitte?'],
        ['R1', 'participant', 'Gut.'],
      ],
    },
    {
      name: 'localized participant words',
      text: 'Onderzoeker: Vraag?\nDeelnemer: Antwoord.\nIntervistatore: Domanda?\nPartecipante: Sì.\nTeilnehmer/in: Ja.\nPatiënt: Ja.\nPaziente: Sì.',
      expected: [
        ['Onderzoeker', 'interviewer', 'Vraag?'],
        ['Deelnemer', 'participant', 'Antwoord.'],
        ['Intervistatore', 'interviewer', 'Domanda?'],
        ['Partecipante', 'participant', 'Sì.'],
        ['Teilnehmer/in', 'participant', 'Ja.'],
        ['Patiënt', 'participant', 'Ja.'],
        ['Paziente', 'participant', 'Sì.'],
      ],
    },
    {
      name: 'a focus group with several named speakers',
      text: 'Moderator: Ronde.\nAnna: Ja.\nMarco: No.\nAnna: Doch.\nMarco: Forse.',
      expected: [
        ['Moderator', 'interviewer', 'Ronde.'],
        ['Anna', 'unknown', 'Ja.'],
        ['Marco', 'unknown', 'No.'],
        ['Anna', 'unknown', 'Doch.'],
        ['Marco', 'unknown', 'Forse.'],
      ],
    },
    {
      name: 'a header precedes the first turn and one-off colon words appear inside turns',
      text: 'Transcript UKM-P-0003\nDatum: 12.03.2024\nOrt: Münster\n\nI: Wie war das?\nB: Also: ich war unsicher.\nAlso: dann kam der Befund.\nI: Verstehe.',
      expected: [
        [null, 'unknown', 'Transcript UKM-P-0003\nDatum: 12.03.2024\nOrt: Münster'],
        ['I', 'interviewer', 'Wie war das?'],
        ['B', 'participant', 'Also: ich war unsicher.\nAlso: dann kam der Befund.'],
        ['I', 'interviewer', 'Verstehe.'],
      ],
    },
    {
      name: 'a label stands alone on its line',
      text: 'Interviewer:\nWie geht es?\nP:\n\nP: Gut.',
      expected: [
        ['Interviewer', 'interviewer', 'Wie geht es?'],
        ['P', 'participant', 'Gut.'],
      ],
    },
    {
      name: 'combining accents precede the turn',
      text: 'I: Cafe\u0301?\nP: Perche\u0301 no.',
      expected: [
        ['I', 'interviewer', 'Cafe\u0301?'],
        ['P', 'participant', 'Perche\u0301 no.'],
      ],
    },
  ])('recognizes turns when $name', ({ text, expected }) => {
    expect(turns(text, recognizeSpeakerTurns(text))).toEqual(expected);
  });

  it('makes one unknown segment per paragraph when the text has no speaker labels', () => {
    const text = 'Eerste alinea over AI.\nNog een regel.\n\n\nTweede alinea 🧠.\n\nDerde.';
    const segments = recognizeSpeakerTurns(text);
    expect(turns(text, segments)).toEqual([
      [null, 'unknown', 'Eerste alinea over AI.\nNog een regel.'],
      [null, 'unknown', 'Tweede alinea 🧠.'],
      [null, 'unknown', 'Derde.'],
    ]);
    expect(segments[2]).toEqual({ start: 58, end: 64, speakerLabel: null, role: 'unknown' });
  });

  it('treats a name that occurs once as text when the pattern is auto and no known label is used', () => {
    const text = 'Anna: dit is een notitie.\nVerder niets.';
    expect(turns(text, recognizeSpeakerTurns(text))).toEqual([[null, 'unknown', text]]);
    expect(turns(text, recognizeSpeakerTurns(text, { pattern: 'colon' }))).toEqual([['Anna', 'unknown', 'dit is een notitie.\nVerder niets.']]);
  });

  it('uses only bracket labels when the pattern is bracket and only colon labels when it is colon', () => {
    const text = '[Anna] Ja, ik: dus.\nP: Nee.';
    expect(turns(text, recognizeSpeakerTurns(text, { pattern: 'bracket' }))).toEqual([['Anna', 'unknown', 'Ja, ik: dus.\nP: Nee.']]);
    expect(turns(text, recognizeSpeakerTurns(text, { pattern: 'colon' }))).toEqual([
      [null, 'unknown', '[Anna] Ja, ik: dus.'],
      ['P', 'participant', 'Nee.'],
    ]);
  });

  it('applies the configured labels of an import', () => {
    const text = 'Sophie: Wat vindt u?\nJan: Goed.\nSophie: Fijn.';
    const segments = recognizeSpeakerTurns(text, { interviewerLabels: ['Sophie'] });
    expect(segments.map((segment) => segment.role)).toEqual(['interviewer', 'participant', 'interviewer']);
  });

  it('reads time stamps in front of labels and f4 time marks at the end of turns', () => {
    const text = '[00:00:05] I: Wie geht es Ihnen? #00:00:09-5#\nB: Gut, danke. #00:00:12-0#\n\nI: Schön.';
    const segments = recognizeSpeakerTurns(text);
    expect(turns(text, segments)).toEqual([
      ['I', 'interviewer', 'Wie geht es Ihnen?'],
      ['B', 'participant', 'Gut, danke.'],
      ['I', 'interviewer', 'Schön.'],
    ]);
    expect(segments.map(({ mediaStart, mediaEnd }) => [mediaStart, mediaEnd])).toEqual([
      [5, 9.5],
      [9.5, 12],
      [12, undefined],
    ]);
  });

  it('returns the subtitle turns with roles and times when timed turns are given', () => {
    const text = 'Interviewer: Wat vindt u?\n\nAnna: Goed.';
    const segments = recognizeSpeakerTurns(text, {
      timedTurns: [
        { start: 13, end: 25, speakerLabel: 'Interviewer', mediaStart: 0, mediaEnd: 2.5 },
        { start: 33, end: 38, speakerLabel: 'Anna', mediaStart: 2.5, mediaEnd: 4 },
      ],
    });
    expect(segments).toEqual([
      { start: 13, end: 25, speakerLabel: 'Interviewer', role: 'interviewer', mediaStart: 0, mediaEnd: 2.5 },
      { start: 33, end: 38, speakerLabel: 'Anna', role: 'participant', mediaStart: 2.5, mediaEnd: 4 },
    ]);
  });

  it('returns no segments when the text is empty', () => {
    expect(recognizeSpeakerTurns('')).toEqual([]);
    expect(recognizeSpeakerTurns('\n\n')).toEqual([]);
  });
});
