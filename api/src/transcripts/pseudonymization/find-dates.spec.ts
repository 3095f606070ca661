import { describe, expect, it } from 'vitest';
import { selectNonOverlapping } from './select-non-overlapping.js';
import { findDates } from './find-dates.js';

// Detectors may report overlapping matches ("12 maart 2024" and "maart 2024"); selection keeps the longest.
const found = (text: string): string[] => selectNonOverlapping(findDates(text), text.length).map(({ start, end }) => text.slice(start, end));

describe(findDates.name, () => {
  it.each([
    { name: 'day-month-year with dashes', text: 'Op 12-03-2024 kwam de uitslag.', expected: ['12-03-2024'] },
    { name: 'German dots', text: 'Am 12.03.2024 war die OP.', expected: ['12.03.2024'] },
    { name: 'a short American date', text: 'Scan on 3/12/24.', expected: ['3/12/24'] },
    { name: 'an ISO date', text: 'Datum 2024-03-12, klaar.', expected: ['2024-03-12'] },
    { name: 'a Dutch month name', text: 'Op 12 maart 2024 begon het.', expected: ['12 maart 2024'] },
    { name: 'a German month with a day dot', text: 'Seit dem 3. März 2024 weiß ich es.', expected: ['3. März 2024'] },
    { name: 'an Italian month', text: 'Il 12 marzo 2024 e il 1° maggio.', expected: ['12 marzo 2024', '1° maggio'] },
    { name: 'an English month first', text: 'On March 12, 2024 and on May 3rd.', expected: ['March 12, 2024', 'May 3rd'] },
    { name: 'an English ordinal', text: 'It was the 1st of May.', expected: ['1st of May'] },
    { name: 'a month and a year', text: 'Im März 2023 begann es, in maart 2022 ook.', expected: ['März 2023', 'maart 2022'] },
    { name: 'an abbreviation with a dot', text: 'Op 12 jan. ging ik.', expected: ['12 jan.'] },
    { name: 'the first name Jan after a number', text: 'Met 4 Jan en Piet.', expected: [] },
    { name: 'an impossible date', text: 'Versie 45.13.2024 en 2024-13-40.', expected: [] },
    { name: 'a phone number with dashes', text: 'Bel 06-12-34-56-78.', expected: [] },
    { name: 'a bare year', text: 'Sinds 2024 gebruiken we AI.', expected: [] },
  ])('finds $expected when the text has $name', ({ text, expected }) => {
    expect(found(text)).toEqual(expected);
  });
});
