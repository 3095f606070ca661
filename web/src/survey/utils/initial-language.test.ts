import { describe, expect, it } from 'vitest';
import { initialLanguage } from './initial-language';

describe(initialLanguage.name, () => {
  it('takes the first supported candidate', () => {
    expect(initialLanguage(null, 'fr', 'it', 'de')).toBe('it');
    expect(initialLanguage('de-AT')).toBe('de');
    expect(initialLanguage('NL')).toBe('nl');
  });

  it('falls back to English', () => {
    expect(initialLanguage()).toBe('en');
    expect(initialLanguage(undefined, '', 'fr-FR')).toBe('en');
  });
});
