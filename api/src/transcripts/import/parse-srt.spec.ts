import { describe, expect, it } from 'vitest';
import { parseSrt } from './parse-srt.js';

describe(parseSrt.name, () => {
  it('reads numbered cues with speaker prefixes, formatting tags and position codes', () => {
    const srt = [
      '1',
      '00:00:00,500 --> 00:00:03,000',
      'INTERVISTATRICE: Che cosa pensa',
      "dell'<i>intelligenza artificiale</i>?",
      '',
      '2',
      '00:00:03,200 --> 00:00:06,000',
      '{\\an8}PAZIENTE: Mi fido, se il medico',
      '',
      '3',
      '00:00:06,000 --> 00:00:08,750',
      'me la spiega.',
    ].join('\n');
    expect(parseSrt(srt)).toEqual([
      { mediaStart: 0.5, mediaEnd: 3, speakerLabel: 'INTERVISTATRICE', text: "Che cosa pensa dell'intelligenza artificiale?" },
      { mediaStart: 3.2, mediaEnd: 6, speakerLabel: 'PAZIENTE', text: 'Mi fido, se il medico' },
      { mediaStart: 6, mediaEnd: 8.75, speakerLabel: null, text: 'me la spiega.' },
    ]);
  });

  it('skips blocks without a timing line and empty cues', () => {
    expect(parseSrt('garbage\n\n1\n00:00:01,000 --> 00:00:02,000\n<i></i>\n\n2\n00:00:02,000 --> 00:00:03,000\nJa.')).toEqual([
      { mediaStart: 2, mediaEnd: 3, speakerLabel: null, text: 'Ja.' },
    ]);
  });
});
