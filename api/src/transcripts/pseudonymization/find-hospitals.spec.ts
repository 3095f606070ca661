import { describe, expect, it } from 'vitest';
import { findHospitals } from './find-hospitals.js';
import { selectNonOverlapping } from './select-non-overlapping.js';

const found = (text: string): string[] => selectNonOverlapping(findHospitals(text), text.length).map(({ start, end }) => text.slice(start, end));

describe(findHospitals.name, () => {
  it.each([
    { name: 'a study center', text: 'Ik was in het Radboudumc.', expected: ['Radboudumc'] },
    { name: 'an abbreviation', text: 'Dann ins UKM und später ins UKD.', expected: ['UKM', 'UKD'] },
    { name: 'a university hospital with its city', text: 'Im Universitätsklinikum Münster war es gut.', expected: ['Universitätsklinikum Münster'] },
    { name: 'UK with a city', text: 'Am UK Düsseldorf.', expected: ['UK Düsseldorf'] },
    { name: 'a Klinikum followed by a noun', text: 'Im Klinikum Dortmund Ärzte gesehen.', expected: ['Klinikum Dortmund'] },
    { name: 'an Italian hospital', text: "All'Ospedale Santa Chiara di Trento.", expected: ['Ospedale Santa Chiara di Trento'] },
    { name: 'a Dutch hospital after its name', text: 'In het Canisius Wilhelmina Ziekenhuis.', expected: ['Canisius Wilhelmina Ziekenhuis'] },
    { name: 'a Dutch hospital before its name', text: 'Bij ziekenhuis Gelderse Vallei.', expected: ['ziekenhuis Gelderse Vallei'] },
    { name: 'a named compound', text: 'Im St.-Elisabeth-Krankenhaus und im Marienhospital.', expected: ['Elisabeth-Krankenhaus', 'Marienhospital'] },
    { name: 'a Dutch name with MC', text: 'Toen naar het Erasmus MC.', expected: ['Erasmus MC'] },
    { name: 'generic hospital words', text: 'Het ziekenhuis en das Krankenhaus, die Kinderklinik, im Universitätsklinikum.', expected: [] },
    { name: 'a determiner before the hospital word', text: 'Das Krankenhaus war voll. Im Klinikum Sie sehen.', expected: [] },
  ])('finds $expected when the text has $name', ({ text, expected }) => {
    expect(found(text)).toEqual(expected);
  });
});
