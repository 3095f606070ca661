import { describe, expect, it } from 'vitest';
import { wrapLabel } from './wrap-label';

describe('wrapLabel', () => {
  it('keeps a short label on one line', () => {
    expect(wrapLabel('Patiënt')).toBe('Patiënt');
  });

  it('breaks at spaces so no line is longer than the width', () => {
    const wrapped = wrapLabel('Wie sehr würden Sie sich Sorgen machen, dass die KI einen Fehler macht?', 20);
    expect(wrapped.split('\n').every((line) => line.length <= 20)).toBe(true);
    expect(wrapped.replace(/\n/g, ' ')).toBe('Wie sehr würden Sie sich Sorgen machen, dass die KI einen Fehler macht?');
  });

  it('cuts words longer than a line (German compounds)', () => {
    expect(wrapLabel('Bestrahlungsplanungssystemschnittstelle', 15).split('\n')).toEqual(['Bestrahlungspla', 'nungssystemschn', 'ittstelle']);
  });

  it('ends with an ellipsis after the last allowed line', () => {
    const wrapped = wrapLabel('uno due tre quattro cinque sei sette otto nove dieci', 10, 2);
    expect(wrapped.split('\n')).toHaveLength(2);
    expect(wrapped.endsWith('…')).toBe(true);
  });

  it('returns an empty string for blank text', () => {
    expect(wrapLabel('   ')).toBe('');
  });
});
