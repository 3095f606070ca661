import { describe, expect, it } from 'vitest';
import { findPostcodes } from './find-postcodes.js';

const found = (text: string): string[] => findPostcodes(text).map(({ start, end }) => text.slice(start, end));

describe(findPostcodes.name, () => {
  it.each([
    { name: 'a Dutch postcode with a space', text: 'Ik woon op 6525 GA Nijmegen.', expected: ['6525 GA'] },
    { name: 'a Dutch postcode without a space', text: 'Postcode 6525GA.', expected: ['6525GA'] },
    { name: 'a year and an acronym', text: 'Sinds 2024 AI in de kliniek.', expected: [] },
    { name: 'letters never issued (SS)', text: 'Nummer 1234 SS.', expected: [] },
    { name: 'a German postcode before the city', text: 'Wohnhaft in 48149 Münster.', expected: ['48149'] },
    { name: 'a German postcode with a country prefix', text: 'D-04103 Leipzig', expected: ['D-04103'] },
    { name: 'a postcode after PLZ', text: 'Die PLZ: 40225, glaube ich.', expected: ['40225'] },
    { name: 'an Italian CAP with the city', text: 'Via Roma 1, 38122 Trento.', expected: ['38122'] },
    { name: 'an amount before a German noun', text: 'Es waren 12000 Patienten und 50000 Euro.', expected: [] },
    { name: 'five digits without a place', text: 'Nummer 12345 ist falsch.', expected: [] },
  ])('finds $expected when the text has $name', ({ text, expected }) => {
    expect(found(text)).toEqual(expected);
  });
});
