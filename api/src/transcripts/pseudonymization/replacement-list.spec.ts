import { describe, expect, it } from 'vitest';
import { addToReplacementList, highestNameNumber, nextNamePlaceholder, suggestFromList, type ReplacementList } from './replacement-list.js';

const LIST: ReplacementList = [
  { term: 'Jansen', placeholder: '[NAME-3]', kind: 'name' },
  { term: 'Anna Jansen', placeholder: '[NAME-1]', kind: 'name' },
  { term: 'Gelderse Vallei', placeholder: '[HOSPITAL]', kind: 'hospital' },
  { term: 'Müller', placeholder: '[NAME-12]', kind: 'capitalized' },
];

describe(suggestFromList.name, () => {
  it('finds known terms case-insensitively as whole words, names also in the genitive', () => {
    const text = 'Anna Jansen kwam. JANSENS broer en Jansen’s zus, niet Jansenius. Frau Müllers Hund in Gelderse  Vallei.';
    expect(suggestFromList(text, LIST).map((c) => `${c.kind} ${c.text} → ${c.suggestion}`)).toEqual([
      'name Anna Jansen → [NAME-1]',
      'name JANSEN → [NAME-3]',
      'name Jansen → [NAME-3]',
      'capitalized Müller → [NAME-12]',
      'hospital Gelderse  Vallei → [HOSPITAL]',
    ]);
  });

  it('does not read a genitive s into terms that are not names', () => {
    expect(suggestFromList('Gelderse Valleis', LIST)).toEqual([]);
  });

  it('returns code-point offsets when an emoji comes first', () => {
    expect(suggestFromList('🧠 Jansen', LIST)).toEqual([{ start: 2, end: 8, text: 'Jansen', kind: 'name', suggestion: '[NAME-3]' }]);
  });

  it('returns nothing when the list is empty', () => {
    expect(suggestFromList('Jansen', [])).toEqual([]);
  });
});

describe(nextNamePlaceholder.name, () => {
  it.each([
    { name: 'the list is empty', list: [], expected: '[NAME-1]' },
    { name: 'numbers have gaps', list: LIST, expected: '[NAME-13]' },
    { name: 'only other kinds are listed', list: [{ term: 'x', placeholder: '[DATE]', kind: 'date' as const }], expected: '[NAME-1]' },
    { name: 'rows only carry placeholders', list: [{ placeholder: '[NAME-2]' }, { placeholder: '[NAME-?]' }], expected: '[NAME-3]' },
  ])('answers $expected when $name', ({ list, expected }) => {
    expect(nextNamePlaceholder(list)).toBe(expected);
  });

  it('counts the highest number, not the number of names', () => {
    expect(highestNameNumber([{ placeholder: '[NAME-9]' }, { placeholder: '[NAME-10]' }])).toBe(10);
  });
});

describe(addToReplacementList.name, () => {
  it('appends new terms and keeps the first placeholder of a term it already has', () => {
    const updated = addToReplacementList(LIST, [
      { term: ' jansen ', placeholder: '[NAME-99]', kind: 'name' },
      { term: 'Sanne', placeholder: '[NAME-13]', kind: 'name' },
      { term: 'SANNE', placeholder: '[NAME-14]', kind: 'name' },
      { term: '  ', placeholder: '[NAME-15]', kind: 'name' },
    ]);
    expect(updated).toEqual([...LIST, { term: 'Sanne', placeholder: '[NAME-13]', kind: 'name' }]);
  });
});
