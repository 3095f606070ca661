import { describe, expect, it } from 'vitest';
import { findIntroducedNames, scrubFreeText } from './scrub-free-text.js';

const EMAIL = 'wilhelmina.canary@example.org';
const PHONE = '+49 170 5550123';
const NAME = 'Wilhelmina Kanarienvogel';

// The leak check's canary sentence, as a participant might type it in each study language.
const CANARIES = {
  de: { text: `Ich heiße ${NAME}, schreiben Sie mir an ${EMAIL} oder rufen Sie ${PHONE} an.`, kept: ['Ich heiße', 'schreiben Sie mir an', 'oder rufen Sie', 'an.'] },
  nl: { text: `Mijn naam is ${NAME}, mail mij op ${EMAIL} of bel ${PHONE}.`, kept: ['Mijn naam is', 'mail mij op', 'of bel'] },
  it: { text: `Mi chiamo ${NAME}, scrivetemi a ${EMAIL} o chiamatemi al ${PHONE}.`, kept: ['Mi chiamo', 'scrivetemi a', 'o chiamatemi al'] },
  en: { text: `My name is ${NAME}, write to me at ${EMAIL} or call ${PHONE}.`, kept: ['My name is', 'write to me at', 'or call'] },
} as const;

describe(scrubFreeText.name, () => {
  for (const [language, { text, kept }] of Object.entries(CANARIES)) {
    it(`removes the e-mail, phone number and self-introduced name from a ${language} answer and keeps the other words`, () => {
      const scrubbed = scrubFreeText(text);
      for (const canary of [EMAIL, PHONE, NAME, 'Wilhelmina', 'Kanarienvogel']) expect(scrubbed).not.toContain(canary);
      expect(scrubbed).toContain('[EMAIL]');
      expect(scrubbed).toContain('[PHONE]');
      expect(scrubbed).toContain('[NAME]');
      for (const words of kept) expect(scrubbed).toContain(words);
    });
  }

  it('keeps capitalised German nouns and ordinary answers untouched', () => {
    const answer = 'Die Erklärung der Software ist mir wichtig, und mein Arzt sollte die Ergebnisse prüfen. Seit 2019 in Behandlung.';
    expect(scrubFreeText(answer)).toBe(answer);
    expect(scrubFreeText('yes')).toBe('yes');
    expect(scrubFreeText('')).toBe('');
  });

  it('replaces later mentions of an introduced name and listed names, also lower-case', () => {
    expect(scrubFreeText('Ik heet Anna van der Berg. Schrijf: anna, of vraag naar Berg.')).toBe('Ik heet [NAME]. Schrijf: [NAME], of vraag naar [NAME].');
    expect(scrubFreeText('Frag nach jansen im Labor.', { names: ['Piet Jansen'] })).toBe('Frag nach [NAME] im Labor.');
  });

  it('replaces URLs and postcodes', () => {
    expect(scrubFreeText('Siehe https://example.org/ich und 48149 Münster.')).toBe('Siehe [URL] und [POSTCODE] Münster.');
  });

  it('gives terms of the project list their own placeholder (code-point offsets)', () => {
    const text = '😀 Dr. Jansen hilft.';
    const start = [...text].indexOf('J');
    expect(scrubFreeText(text, { knownTerms: () => [{ start, end: start + 6, placeholder: '[NAME-3]', kind: 'name' }] })).toBe('😀 Dr. [NAME-3] hilft.');
  });

  it('takes only capitalised words after an introduction', () => {
    expect(findIntroducedNames('my name is not important')).toEqual([]);
    expect(findIntroducedNames('Ich heisse Jan, danke')).toEqual([{ start: 11, end: 14, kind: 'name' }]);
  });
});
