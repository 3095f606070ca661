import { describe, expect, it } from 'vitest';
import { localizedText } from './localized-text';

describe(localizedText.name, () => {
  it('picks the wanted language', () => {
    expect(localizedText({ en: 'Pain', de: 'Schmerz', nl: 'Pijn' }, 'de')).toBe('Schmerz');
  });

  it('falls back to English, then SurveyJS default, then any language', () => {
    expect(localizedText({ en: 'Pain', de: 'Schmerz' }, 'it')).toBe('Pain');
    expect(localizedText({ default: 'Pain', de: 'Schmerz' }, 'it')).toBe('Pain');
    expect(localizedText({ nl: 'Pijn' }, 'it')).toBe('Pijn');
  });

  it('skips blank texts', () => {
    expect(localizedText({ it: '  ', en: 'Pain' }, 'it')).toBe('Pain');
  });

  it('returns a plain string as it is, and undefined when there is nothing', () => {
    expect(localizedText('Yes', 'nl')).toBe('Yes');
    expect(localizedText('', 'nl')).toBeUndefined();
    expect(localizedText(undefined, 'nl')).toBeUndefined();
    expect(localizedText({}, 'nl')).toBeUndefined();
  });
});
