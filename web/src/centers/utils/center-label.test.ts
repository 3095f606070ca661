import { describe, expect, it } from 'vitest';
import { centerLabel } from './center-label';

describe(centerLabel.name, () => {
  it('adds the city when the name does not contain it', () => {
    expect(centerLabel({ code: 'RUMC', name: 'Radboudumc', city: 'Nijmegen', country: 'NL', defaultLanguage: 'nl' })).toBe(
      'Radboudumc, Nijmegen',
    );
  });

  it('does not repeat a city that is already part of the name', () => {
    expect(
      centerLabel({ code: 'UKM', name: 'Universitätsklinikum Münster', city: 'Münster', country: 'DE', defaultLanguage: 'de' }),
    ).toBe('Universitätsklinikum Münster');
  });
});
