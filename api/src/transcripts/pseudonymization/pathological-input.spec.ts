import { describe, expect, it } from 'vitest';
import { findIdentifiers } from './find-identifiers.js';

// Inputs that made earlier versions of the detectors take quadratic time (a minute or more at this
// size): long runs of spaces under a variable-length lookbehind, hyphenated capitals, digit groups.
const SIZE = 200_000;
const BOUND_MS = 3_000;

describe(findIdentifiers.name, () => {
  it.each(['  ', 'Aa-', "Aa'", 'D-', '1-', '1 ', '12 ', '0', 'a@', 'a.', 'www.', 'Klinikum ', 'Klinikum Aa-', 'PLZ ', '12. März ', '🧠'])(
    'returns in linear time when the text repeats "%s"',
    (atom) => {
      const text = `${atom.repeat(Math.ceil(SIZE / atom.length))}x Anna!`;
      const started = performance.now();
      findIdentifiers(text, { names: ['Anna', 'Jan de Vries'], language: 'nl' });
      expect(performance.now() - started).toBeLessThan(BOUND_MS);
    },
  );

  it('handles a transcript of two million code points dense with identifiers in seconds', () => {
    const paragraph =
      'Interviewer: Wanneer kreeg u de uitslag van dokter Jansen?\nP: Op 12 maart 2024 belde Sanne me op 06-12345678 👩🏽‍⚕️ en mailde anna@x.nl. Het Radboudumc in 6525 GA Nijmegen.\n\n';
    const text = paragraph.repeat(Math.floor(2_000_000 / paragraph.length));
    const started = performance.now();
    const candidates = findIdentifiers(text, { names: ['Jansen', 'Sanne de Vries', ...Array.from({ length: 300 }, (_, n) => `Naam${n}`)], language: 'nl' });
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(candidates.length).toBeGreaterThan(80_000);
  });
});
