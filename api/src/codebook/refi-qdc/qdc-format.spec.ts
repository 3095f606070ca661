import { describe, expect, it } from 'vitest';
import { formatQdcDescription, parseQdcDescription } from './qdc-format.js';

describe('Description format', () => {
  it('writes definition, labelled lines and a tag line, and reads them back', () => {
    const text = formatQdcDescription(
      { definition: 'What it is.', inclusion: 'When to use.', exclusion: 'When not.', example: 'A quote.' },
      { key: 'cost-saves-time', criterion: 'cost', valence: 'positive', task: null },
    );
    expect(text).toBe(
      [
        'What it is.',
        'Inclusion: When to use.',
        'Exclusion: When not.',
        'Example: A quote.',
        '[polyphony] key=cost-saves-time; criterion=cost; valence=positive; task=none',
      ].join('\n'),
    );
    expect(parseQdcDescription(text)).toEqual({
      definition: 'What it is.',
      inclusion: 'When to use.',
      exclusion: 'When not.',
      example: 'A quote.',
      tags: { key: 'cost-saves-time', criterion: 'cost', valence: 'positive', task: '' },
    });
  });

  it('leaves out empty parts and keeps a multi-line definition', () => {
    const text = formatQdcDescription(
      { definition: 'Line one.\r\nLine two.', inclusion: '', exclusion: 'Not\nthis.', example: '' },
      { key: 'k', criterion: null, valence: null, task: null },
    );
    expect(text).toBe('Line one.\nLine two.\nExclusion: Not this.\n[polyphony] key=k; criterion=none; valence=none; task=none');
    expect(parseQdcDescription(text)).toMatchObject({ definition: 'Line one.\nLine two.', inclusion: '', exclusion: 'Not this.' });
  });

  it('reads a foreign description as a bare definition, and labels typed in other languages', () => {
    expect(parseQdcDescription('Erősen szkeptikus (piros)\r\nElfogadó (zöld)')).toEqual({
      definition: 'Erősen szkeptikus (piros)\nElfogadó (zöld)',
      inclusion: '',
      exclusion: '',
      example: '',
      tags: {},
    });
    expect(parseQdcDescription('Definitie.\nVoorbeeld: een citaat\n  dat doorloopt')).toMatchObject({ definition: 'Definitie.', example: 'een citaat dat doorloopt' });
  });
});
