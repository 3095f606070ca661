import { describe, expect, it } from 'vitest';
import { findCapitalizedWords } from './find-capitalized-words.js';

const found = (text: string, language: 'nl' | 'de' | 'it' | 'en' | undefined): string[] =>
  findCapitalizedWords(text, language).map(({ start, end }) => text.slice(start, end));

describe(findCapitalizedWords.name, () => {
  it.each([
    { name: 'Dutch names inside sentences', text: 'Ik heb met Sanne en dokter Bakker gepraat.', language: 'nl', expected: ['Sanne', 'Bakker'] },
    { name: 'sentence starts, line starts and labels', text: 'Sanne kwam.\nPieter ook. "Marloes" zei: Joost.', language: 'nl', expected: [] },
    { name: 'the polite U and months', text: 'Dat vindt U toch ook, in Januari? En de MRI.', language: 'nl', expected: [] },
    { name: 'Italian polite pronouns', text: 'Come sta Lei? Ho visto Marco ieri.', language: 'it', expected: ['Marco'] },
    { name: 'English I', text: "Then I said I'm fine to O'Brien.", language: 'en', expected: ["O'Brien"] },
    { name: 'a Dutch IJ name', text: 'Ik sprak met IJsbrand.', language: 'nl', expected: ['IJsbrand'] },
    { name: 'a bullet at the start of a line', text: 'Lijst:\n- Anna kwam\n- Ook Piet', language: 'nl', expected: ['Piet'] },
    { name: 'German text', text: 'Die Ärztin hat mit Frau Weber über die KI gesprochen.', language: 'de', expected: [] },
    { name: 'German text without a language', text: 'Die Ärztin hat mit Frau Weber über die Bilder und die Befunde gesprochen.', language: undefined, expected: [] },
    { name: 'Dutch text without a language', text: 'De arts heeft met mevrouw Jansen over de beelden gesproken.', language: undefined, expected: ['Jansen'] },
  ] as const)('finds $expected when the text has $name', ({ text, language, expected }) => {
    expect(found(text, language)).toEqual(expected);
  });
});
