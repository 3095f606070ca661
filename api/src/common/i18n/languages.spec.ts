import { describe, expect, it } from 'vitest';
import { negotiateLanguage } from './languages.js';

describe(negotiateLanguage.name, () => {
  it.each([
    { header: undefined, expected: 'en', why: 'no header' },
    { header: '', expected: 'en', why: 'an empty header' },
    { header: 'de-DE,de;q=0.9,en;q=0.8', expected: 'de', why: 'a regional German browser' },
    { header: 'fr-FR,it;q=0.5,nl;q=0.7', expected: 'nl', why: 'the highest q among supported ones' },
    { header: 'NL-be', expected: 'nl', why: 'any letter case' },
    { header: 'it;q=0', expected: 'en', why: 'q=0 means not acceptable' },
    { header: 'en;q=abc, de', expected: 'de', why: 'an unparseable q-value' },
    { header: ';;;,,,', expected: 'en', why: 'garbage' },
  ])('returns $expected for $why', ({ header, expected }) => {
    expect(negotiateLanguage(header)).toBe(expected);
  });
});
