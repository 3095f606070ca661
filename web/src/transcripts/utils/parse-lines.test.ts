import { describe, expect, it } from 'vitest';
import { parseLines } from './parse-lines';

describe(parseLines.name, () => {
  it('returns nothing for blank input', () => {
    expect(parseLines(' \n\r\n ')).toEqual([]);
  });

  it('trims, drops empty lines and repeats', () => {
    expect(parseLines(' Anna de Vries \r\n\nJansen\nAnna de Vries')).toEqual(['Anna de Vries', 'Jansen']);
  });

  it('drops lines outside the allowed length', () => {
    expect(parseLines('A\nAnna\nAnna-Maria', { min: 2, max: 5 })).toEqual(['Anna']);
  });
});
