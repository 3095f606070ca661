import { describe, expect, it } from 'vitest';
import { fileNameFromDisposition } from './file-name-from-disposition';

describe(fileNameFromDisposition.name, () => {
  it.each([
    ['attachment; filename="patient-meaningful-ai-v1.json"', 'patient-meaningful-ai-v1.json'],
    ['attachment; filename=translations.csv', 'translations.csv'],
    ["attachment; filename=\"fallback.csv\"; filename*=UTF-8''fragebogen-%C3%BCbersetzung.csv", 'fragebogen-übersetzung.csv'],
    ['attachment; filename="a \\"quoted\\" name.xlsx"', 'a "quoted" name.xlsx'],
  ])('reads %s', (header, expected) => {
    expect(fileNameFromDisposition(header)).toBe(expected);
  });

  it('drops folder parts a hostile header might carry', () => {
    expect(fileNameFromDisposition('attachment; filename="../../etc/passwd"')).toBe('passwd');
    expect(fileNameFromDisposition('attachment; filename="C:\\\\temp\\\\x.json"')).toBe('x.json');
  });

  it('returns null when there is no header or no name', () => {
    expect(fileNameFromDisposition(null)).toBeNull();
    expect(fileNameFromDisposition('inline')).toBeNull();
    expect(fileNameFromDisposition('attachment; filename=""')).toBeNull();
  });

  it('falls back to the plain name when the extended one is malformed', () => {
    expect(fileNameFromDisposition("attachment; filename=\"ok.csv\"; filename*=UTF-8''%E0%A4%A")).toBe('ok.csv');
  });
});
