import { describe, expect, it } from 'vitest';
import { selectNonOverlapping } from './select-non-overlapping.js';
import { findEmails } from './find-emails.js';
import { findUrls } from './find-urls.js';

describe(findEmails.name, () => {
  it.each([
    { text: 'Mail anna.devries@gmail.com.', expected: ['anna.devries@gmail.com'] },
    { text: 'An müller@uni-münster.de schreiben', expected: ['müller@uni-münster.de'] },
    { text: 'Scrivere a m.rossi+ricerca@apss.tn.it, grazie', expected: ['m.rossi+ricerca@apss.tn.it'] },
    { text: 'Kein @ hier und a@b', expected: [] },
  ])('finds $expected in "$text"', ({ text, expected }) => {
    expect(findEmails(text).map(({ start, end }) => text.slice(start, end))).toEqual(expected);
  });
});

describe(findUrls.name, () => {
  it.each([
    { text: 'Zie https://www.radboudumc.nl/patientenzorg.', expected: ['https://www.radboudumc.nl/patientenzorg'] },
    { text: 'Auf www.ukm.de (Startseite) steht es', expected: ['www.ukm.de'] },
    { text: 'Kijk op radboudumc.nl/neuro, daar', expected: ['radboudumc.nl/neuro'] },
    { text: 'Das war z.B. gut, ca. 3 Std.', expected: [] },
  ])('finds $expected in "$text"', ({ text, expected }) => {
    expect(selectNonOverlapping(findUrls(text), text.length).map(({ start, end }) => text.slice(start, end))).toEqual(expected);
  });
});
