import { describe, expect, it } from 'vitest';
import { keywordInContext } from './keyword-in-context.js';

describe(keywordInContext.name, () => {
  it('returns no matches when the text or the query is empty', () => {
    expect(keywordInContext('', 'vertrouwen', 'nl')).toEqual([]);
    expect(keywordInContext('Ik vertrouw het.', '  ', 'nl')).toEqual([]);
  });

  it('returns every inflected form of the stemmed query with context when the text is Dutch', () => {
    const text = 'Ik heb vertrouwen in de arts. Die voelt zich vertrouwd met AI.';
    const matches = keywordInContext(text, 'vertrouwen', 'nl', { contextWords: 2 });
    expect(matches).toEqual([
      { start: 7, end: 17, match: 'vertrouwen', left: 'Ik heb ', right: ' in de' },
      { start: 45, end: 54, match: 'vertrouwd', left: 'voelt zich ', right: ' met AI' },
    ]);
  });

  it('returns offsets in code points when emoji and combining accents precede the match', () => {
    // 🧠 is two UTF-16 units but one code point; e + U+0300 is two code points. In UTF-16 units the
    // match would start at 18.
    const text = '🧠 Il caffe\u0300 e la fiducia 👍🏽 nei medici';
    const [match] = keywordInContext(text, 'fiducia', 'it', { contextWords: 1 });
    expect(match).toEqual({ start: 17, end: 24, match: 'fiducia', left: 'la ', right: ' 👍🏽 nei' });
    expect(Array.from(text).slice(match?.start, match?.end).join('')).toBe('fiducia');
  });

  it('returns a match for a multi-word query when the words follow each other', () => {
    const text = 'Die Erklärung der KI ist wichtig; eine KI erklärt.';
    expect(keywordInContext(text, 'Erklärungen der KI', 'de', { contextWords: 0 })).toEqual([
      { start: 4, end: 20, match: 'Erklärung der KI', left: '', right: '' },
    ]);
  });

  it('returns compounds when the prefix option is on and only the word when it is off (German)', () => {
    const text = 'Vertrauen ist gut, vertrauenswürdige Software ist besser.';
    expect(keywordInContext(text, 'Vertrauen', 'de').map((m) => m.match)).toEqual(['Vertrauen']);
    expect(keywordInContext(text, 'Vertrauen', 'de', { prefix: true }).map((m) => m.match)).toEqual([
      'Vertrauen',
      'vertrauenswürdige',
    ]);
  });

  it('returns context clipped at the text edges when the match is near the start or end', () => {
    expect(keywordInContext('Trust.', 'trusting', 'en')).toEqual([
      { start: 0, end: 5, match: 'Trust', left: '', right: '' },
    ]);
  });
});
