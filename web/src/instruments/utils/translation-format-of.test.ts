import { describe, expect, it } from 'vitest';
import { translationFormatOf } from './translation-format-of';

describe(translationFormatOf.name, () => {
  it('recognises CSV and XLSX whatever the case', () => {
    expect(translationFormatOf('patient-v2-translations.csv')).toBe('csv');
    expect(translationFormatOf('Übersetzung.XLSX')).toBe('xlsx');
  });

  it('refuses other files', () => {
    expect(translationFormatOf('translations.xls')).toBeNull();
    expect(translationFormatOf('csv')).toBeNull();
    expect(translationFormatOf('survey.json')).toBeNull();
  });
});
