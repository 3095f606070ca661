import { describe, expect, it } from 'vitest';
import { codePointSlice } from '../import/code-point-offsets.js';
import { findIdentifiers } from './find-identifiers.js';
import type { IdentifierCandidate } from './identifier-candidate.js';

const summary = (candidates: readonly IdentifierCandidate[]): string[] => candidates.map((c) => `${c.kind} ${c.text} → ${c.suggestion}`);

const DUTCH = [
  'Interviewer: Wanneer kreeg u de uitslag?',
  'P: Op 12 maart 2024 belde dokter Jansen me op 06-12345678. Daarna mailde ik naar anna.devries@gmail.com.',
  'Jansens uitleg hielp, en Sanne ging mee. We wonen op 6525 GA in Nijmegen.',
  'Interviewer: En Jansen zelf?',
].join('\n');

const GERMAN = [
  'I: Wie lief die Aufklärung?',
  'B: Am 3. März 2024 hat mir Frau Dr. Weber im Universitätsklinikum Münster die Bilder gezeigt.',
  'Ihre Nummer ist 0251 83-12345, die Mail weber@ukmuenster.de. Webers Erklärung war gut.',
  'Wir wohnen in 48149 Münster. Die Ärztin Schulz sagte, die KI sei hilfreich.',
].join('\n');

describe(findIdentifiers.name, () => {
  it('finds names, a phone, an e-mail, a date and a postcode in a Dutch snippet', () => {
    const candidates = findIdentifiers(DUTCH, { names: ['Jansen', 'Sanne de Vries'], language: 'nl' });
    expect(summary(candidates)).toEqual([
      'date 12 maart 2024 → [DATE]',
      'name Jansen → [NAME-1]',
      'phone 06-12345678 → [PHONE]',
      'email anna.devries@gmail.com → [EMAIL]',
      'name Jansen → [NAME-1]',
      'name Sanne → [NAME-2]',
      'postcode 6525 GA → [POSTCODE]',
      'capitalized Nijmegen → [NAME-?]',
      'name Jansen → [NAME-1]',
    ]);
    for (const candidate of candidates) expect(codePointSlice(DUTCH, candidate.start, candidate.end)).toBe(candidate.text);
  });

  it('finds listed names but guesses no capitalised words in a German snippet', () => {
    const candidates = findIdentifiers(GERMAN, { names: ['Weber'], language: 'de' });
    expect(summary(candidates)).toEqual([
      'date 3. März 2024 → [DATE]',
      'name Weber → [NAME-1]',
      'hospital Universitätsklinikum Münster → [HOSPITAL]',
      'phone 0251 83-12345 → [PHONE]',
      'email weber@ukmuenster.de → [EMAIL]',
      'name Weber → [NAME-1]',
      'postcode 48149 → [POSTCODE]',
    ]);
  });

  it('treats confirmed words like listed names when the researcher confirmed them', () => {
    const candidates = findIdentifiers(GERMAN, { names: ['Weber'], confirmedWords: ['Schulz'], language: 'de' });
    expect(summary(candidates).at(-1)).toBe('name Schulz → [NAME-2]');
  });

  it('numbers names per distinct name, in order of first occurrence, when names repeat', () => {
    const text = 'Piet zag Marie. Marie zag Piet en Klaas. PIET lachte om Maries grap.';
    expect(findIdentifiers(text, { names: ['Marie', 'Piet', 'Klaas'], language: 'nl' }).map((c) => `${c.text}=${c.suggestion}`)).toEqual([
      'Piet=[NAME-1]',
      'Marie=[NAME-2]',
      'Marie=[NAME-2]',
      'Piet=[NAME-1]',
      'Klaas=[NAME-3]',
      'PIET=[NAME-1]',
      'Marie=[NAME-2]',
    ]);
  });

  it('gives the parts of a listed full name its placeholder unless two names share the part', () => {
    const text = 'Anna Jansen en Piet Jansen. Later zei Anna: Jansen? Ook Piet.';
    const found = findIdentifiers(text, { names: ['Anna Jansen', 'Piet Jansen'], language: 'nl' });
    expect(found.map((c) => `${c.text}=${c.suggestion}`)).toEqual([
      'Anna Jansen=[NAME-1]',
      'Piet Jansen=[NAME-2]',
      'Anna=[NAME-1]',
      'Jansen=[NAME-3]',
      'Piet=[NAME-2]',
    ]);
  });

  it('reuses the placeholders of the replacement list and numbers new names after it', () => {
    const text = 'Jansen en Bakker spraken met Sanne over het Radboudumc.';
    const found = findIdentifiers(text, {
      names: ['Jansen', 'Bakker'],
      language: 'nl',
      replacementList: [
        { term: 'jansen', placeholder: '[NAME-4]', kind: 'name' },
        { term: 'Sanne', placeholder: '[NAME-7]', kind: 'name' },
        { term: 'Radboudumc', placeholder: '[HOSPITAL-A]', kind: 'hospital' },
      ],
    });
    expect(found.map((c) => `${c.text}=${c.suggestion}`)).toEqual(['Jansen=[NAME-4]', 'Bakker=[NAME-8]', 'Sanne=[NAME-7]', 'Radboudumc=[HOSPITAL-A]']);
  });

  it('lets terms located by the caller win and numbers after them and after used placeholders', () => {
    const text = '🧠 Jansen belde Bakker.';
    const found = findIdentifiers(text, {
      names: ['Jansen', 'Bakker'],
      language: 'nl',
      knownTerms: [{ start: 2, end: 8, placeholder: '[NAME-2]', kind: 'name' }],
      usedPlaceholders: ['[NAME-5]', '[DATE]'],
    });
    expect(found).toEqual([
      { start: 2, end: 8, text: 'Jansen', kind: 'name', suggestion: '[NAME-2]' },
      { start: 15, end: 21, text: 'Bakker', kind: 'name', suggestion: '[NAME-6]' },
    ]);
  });

  it('prefers the longer and more specific candidate when candidates overlap', () => {
    const text = 'Mail jansen@radboudumc.nl of bel op 12-03-2024 niet.';
    expect(summary(findIdentifiers(text, { names: ['Jansen'], language: 'nl' }))).toEqual(['email jansen@radboudumc.nl → [EMAIL]', 'date 12-03-2024 → [DATE]']);
  });

  it('returns code-point offsets when emoji and combining accents come first', () => {
    const text = 'P: 👩🏽‍⚕️ cafe\u0301, dokter Jansen.';
    const [candidate] = findIdentifiers(text, { names: ['Jansen'], language: 'nl' });
    expect(candidate).toEqual({ start: 23, end: 29, text: 'Jansen', kind: 'name', suggestion: '[NAME-1]' });
    expect(Array.from(text).slice(23, 29).join('')).toBe('Jansen');
  });

  it('returns nothing when the text is empty or has no identifiers', () => {
    expect(findIdentifiers('', { names: ['Jansen'], language: 'nl' })).toEqual([]);
    expect(findIdentifiers('ik vind de uitleg over ai goed.', { names: [], language: 'nl' })).toEqual([]);
  });
});
