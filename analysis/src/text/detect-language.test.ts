import { describe, expect, it } from 'vitest';
import { detectLanguage } from './detect-language.js';

describe(detectLanguage.name, () => {
  it.each([
    { language: 'nl', text: 'Ik denk dat de computer het niet beter weet dan mijn arts, maar het kan helpen.' },
    { language: 'de', text: 'Ich glaube, dass die Software nicht besser ist als mein Arzt, aber sie kann helfen.' },
    { language: 'it', text: 'Penso che il software non sia migliore del mio medico, ma può essere di aiuto.' },
    { language: 'en', text: 'I think that the software is not better than my doctor, but it can help.' },
  ])('returns $language when the text is in $language', ({ language, text }) => {
    const guess = detectLanguage(text);
    expect(guess.language).toBe(language);
    expect(guess.confidence).toBeGreaterThan(0.5);
  });

  it('returns no language and zero confidence when there is no data', () => {
    expect(detectLanguage('')).toEqual({ language: null, confidence: 0, scores: { nl: 0, de: 0, it: 0, en: 0 } });
    expect(detectLanguage('🧠 MRI 2024').language).toBeNull();
  });

  it('returns low confidence when the text is a single word shared by languages', () => {
    const guess = detectLanguage('in');
    expect(guess.confidence).toBeLessThanOrEqual(0.25 + 1e-9);
  });

  it('returns only candidate languages when candidates are given', () => {
    expect(detectLanguage('the doctor and the scan', ['nl', 'de']).scores.en).toBe(0);
  });
});
