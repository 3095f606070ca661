import { describe, expect, it } from 'vitest';
import { choiceLabel } from './choice-label';

describe(choiceLabel.name, () => {
  it('uses the localized text, then a plain label, then the value', () => {
    expect(choiceLabel({ value: 'yes', text: { default: 'Yes', de: 'Ja' } }, 'de')).toBe('Ja');
    expect(choiceLabel({ value: 'yes', text: 'Yes' }, 'de')).toBe('Yes');
    expect(choiceLabel({ value: 1, label: 'Not at all' }, 'nl')).toBe('Not at all');
    expect(choiceLabel({ value: 5 }, 'it')).toBe('5');
    expect(choiceLabel({ value: false }, 'en')).toBe('false');
  });
});
