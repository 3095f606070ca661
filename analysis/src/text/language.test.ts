import { describe, expect, it } from 'vitest';
import { isLanguage, isStopWord, LANGUAGES, normalizeForm, stem, stopWords, tokenize, type Language } from './language.js';

describe(tokenize.name, () => {
  it('returns no tokens when the text is empty or has no words', () => {
    expect(tokenize('', 'nl')).toEqual([]);
    expect(tokenize(' … 🧠 — !', 'en')).toEqual([]);
  });

  it('returns lowercased words with umlauts and ß inside when the text is German', () => {
    expect(tokenize('Ärzte für Größe', 'de').map((token) => token.form)).toEqual(['ärzte', 'für', 'größe']);
  });

  it('returns words with accented letters and combining accents inside when the text has them', () => {
    const tokens = tokenize('Ideeën, perché cafe\u0301!', 'nl');
    expect(tokens.map((token) => token.form)).toEqual(['ideeën', 'perché', 'café']);
    expect(tokens[2]).toMatchObject({ surface: 'cafe\u0301', start: 15, end: 20 });
  });

  it('returns code-point offsets when the text contains emoji', () => {
    const tokens = tokenize('🧠 MRI 👍🏽 scan', 'en');
    expect(tokens.map(({ surface, start, end }) => ({ surface, start, end }))).toEqual([
      { surface: 'MRI', start: 2, end: 5 },
      { surface: 'scan', start: 9, end: 13 },
    ]);
  });

  it.each<{ name: string; language: Language; text: string; expected: string[] }>([
    { name: 'Italian elision splits', language: 'it', text: "dell'intelligenza l’IA", expected: ['dell', 'intelligenza', 'l', 'ia'] },
    { name: 'Dutch plural apostrophe stays', language: 'nl', text: "auto's en foto’s", expected: ["auto's", 'en', "foto's"] },
    { name: 'English possessive stays', language: 'en', text: "the patient's view", expected: ['the', "patient's", 'view'] },
    { name: 'hyphens split compounds', language: 'nl', text: 'MRI-scan', expected: ['mri', 'scan'] },
  ])('returns the expected words when $name', ({ language, text, expected }) => {
    expect(tokenize(text, language).map((token) => token.form)).toEqual(expected);
  });
});

describe(stem.name, () => {
  it.each<{ name: string; language: Language; words: string[] }>([
    { name: 'Dutch vertrouwen / vertrouwd / vertrouwde / vertrouwt', language: 'nl', words: ['vertrouwen', 'vertrouwd', 'vertrouwde', 'Vertrouwt'] },
    { name: 'Dutch behandelen / behandeld / behandeling', language: 'nl', words: ['behandelen', 'behandeld', 'behandeling', 'behandelingen'] },
    { name: 'Dutch gebruiken / gebruikt', language: 'nl', words: ['gebruiken', 'gebruikt'] },
    { name: "Dutch foto / foto's", language: 'nl', words: ['foto', "foto's"] },
    { name: 'German Vertrauen / Vertrauens', language: 'de', words: ['Vertrauen', 'Vertrauens', 'vertrauen'] },
    { name: 'German Erklärung / erklären', language: 'de', words: ['Erklärung', 'erklären'] },
    { name: 'German Arzt / Ärzte', language: 'de', words: ['Arzt', 'Ärzte'] },
    { name: 'Italian fiducia / fiducioso', language: 'it', words: ['fiducia', 'fiducioso', 'fiduciosi'] },
    { name: 'Italian trasparenza / trasparente', language: 'it', words: ['trasparenza', 'trasparente'] },
    { name: 'English trust / trusted / trusting', language: 'en', words: ['trust', 'trusted', 'trusting'] },
    { name: "English patient / patient's / patients", language: 'en', words: ['patient', "patient's", 'patients'] },
  ])('returns one stem when the words are $name', ({ language, words }) => {
    expect(new Set(words.map((word) => stem(word, language))).size).toBe(1);
  });

  it('returns separate stems for German Vertrauen and the compound vertrauenswürdig', () => {
    // Snowball does not split compounds; keyword-in-context's prefix option bridges them.
    expect(stem('Vertrauen', 'de')).toBe('vertrau');
    expect(stem('vertrauenswürdig', 'de')).toBe('vertrauenswurd');
  });

  it('returns the same stem when an accent is precomposed or combining', () => {
    expect(stem('perche\u0301', 'it')).toBe(stem('perché', 'it'));
  });

  it('returns the word unchanged when it has no letters', () => {
    expect(stem('2024', 'nl')).toBe('2024');
  });

  it('returns Snowball stems unchanged when Dutch words only look like participles', () => {
    expect(stem('beeld', 'nl')).toBe('beeld');
    expect(stem('gebied', 'nl')).toBe('gebied');
  });
});

describe(stopWords.name, () => {
  it.each<{ language: Language; word: string }>([
    { language: 'nl', word: 'het' },
    { language: 'nl', word: 'je' },
    { language: 'de', word: 'und' },
    { language: 'de', word: 'über' },
    { language: 'it', word: 'perché' },
    { language: 'en', word: 'the' },
  ])('returns a list containing "$word" when the language is $language', ({ language, word }) => {
    expect(stopWords(language).has(word)).toBe(true);
  });

  it('returns lists without content words such as trust in any language', () => {
    for (const language of LANGUAGES) {
      expect([...stopWords(language)].some((word) => ['vertrouwen', 'vertrauen', 'fiducia', 'trust'].includes(word))).toBe(false);
    }
  });
});

describe(isStopWord.name, () => {
  it('returns true when a stop word is capitalized or uses a combining accent', () => {
    expect(isStopWord('Und', 'de')).toBe(true);
    expect(isStopWord('perche\u0301', 'it')).toBe(true);
  });

  it('returns false when the word is a stop word of another language only', () => {
    expect(isStopWord('und', 'nl')).toBe(false);
  });
});

describe(isLanguage.name, () => {
  it.each([
    { value: 'nl', expected: true },
    { value: 'it', expected: true },
    { value: 'fr', expected: false },
    { value: undefined, expected: false },
  ])('returns $expected when the value is $value', ({ value, expected }) => {
    expect(isLanguage(value)).toBe(expected);
  });
});

describe(normalizeForm.name, () => {
  it('returns lowercase NFC with plain apostrophes', () => {
    expect(normalizeForm('Cafe\u0301’S')).toBe("café's");
  });
});
