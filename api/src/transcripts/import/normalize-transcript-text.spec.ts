import { describe, expect, it } from 'vitest';
import { normalizeTranscriptText } from './normalize-transcript-text.js';

describe(normalizeTranscriptText.name, () => {
  it.each([
    { name: 'Windows line breaks', raw: 'I: Hoe gaat het?\r\nP: Goed.\r\n', expected: 'I: Hoe gaat het?\nP: Goed.' },
    { name: 'classic Mac line breaks', raw: 'I: Wie geht es?\rB: Gut.', expected: 'I: Wie geht es?\nB: Gut.' },
    { name: 'Unicode separators, vertical tabs and form feeds', raw: 'a\u2028b\u2029c\u000bd\u000ce', expected: 'a\nb\nc\nd\ne' },
    { name: 'a decomposed accent', raw: 'perche\u0301 cafe\u0301', expected: 'perché café' },
    { name: 'trailing spaces, tabs and no-break spaces', raw: 'Ja. \t\nNee.\u00a0\u00a0\n', expected: 'Ja.\nNee.' },
    { name: 'three or more blank lines', raw: 'a\n\n\n\n\n\nb\n\n\nc', expected: 'a\n\n\nb\n\n\nc' },
    { name: 'blank lines at the start and the end', raw: '\n\n  \nText\n\n\n', expected: 'Text' },
    { name: 'a byte order mark and stray controls', raw: '\ufeffI: Hallo\u0007 Welt\ufeff', expected: 'I: Hallo Welt' },
    { name: 'leading indentation', raw: '    P: ik denk', expected: '    P: ik denk' },
  ])('normalizes $name', ({ raw, expected }) => {
    expect(normalizeTranscriptText(raw)).toBe(expected);
  });

  it('keeps emoji joiners, skin tones and variation selectors when it normalizes', () => {
    expect(normalizeTranscriptText('👩🏽‍⚕️ sagt ja')).toBe('👩🏽‍⚕️ sagt ja');
  });

  it('changes nothing when the text is already normalized', () => {
    const once = normalizeTranscriptText('I: Cafe\u0301?\r\n\r\n\r\n\r\n\r\nP: Ja.  \r\n');
    expect(normalizeTranscriptText(once)).toBe(once);
  });
});
