import { describe, expect, it } from 'vitest';
import { pseudonymizeSpeakerLabels } from './pseudonymize-speaker-labels.js';

describe(pseudonymizeSpeakerLabels.name, () => {
  it('replaces names in labels when those words were replaced in the text', () => {
    const text = 'Anna Jansen: Ja.\nDr. Rossi: Bene.\nI: Oké.';
    const segments = [
      { start: 13, end: 16, speakerLabel: 'Anna Jansen' },
      { start: 28, end: 33, speakerLabel: 'Dr. Rossi' },
      { start: 37, end: 41, speakerLabel: 'I' },
      { start: 0, end: 3, speakerLabel: null },
    ];
    const replacements = [
      { start: 0, end: 11, placeholder: '[NAME-1]' },
      { start: 21, end: 26, placeholder: '[NAME-2]' },
    ];
    expect(pseudonymizeSpeakerLabels(segments, text, replacements).map((segment) => segment.speakerLabel)).toEqual(['[NAME-1]', 'Dr. [NAME-2]', 'I', null]);
  });

  it('keeps the labels when nothing was replaced', () => {
    expect(pseudonymizeSpeakerLabels([{ speakerLabel: 'Anna' }], 'Anna: Ja', [])).toEqual([{ speakerLabel: 'Anna' }]);
  });
});
