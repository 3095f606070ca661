import { describe, expect, it } from 'vitest';
import type { CandidateGroup } from './candidate-group';
import { rememberTermsFromGroups } from './remember-terms-from-groups';
import { replacementsFromGroups } from './replacements-from-groups';

const group = (text: string, kind: CandidateGroup['kind'], checked: boolean, starts: number[], placeholder = '[X]', manual = false): CandidateGroup => ({
  text,
  kind,
  placeholder,
  checked,
  occurrences: starts.map((start) => ({ start, end: start + text.length })),
  manual,
});

describe(replacementsFromGroups.name, () => {
  it('sends every occurrence of checked groups in text order, with the edited placeholder trimmed', () => {
    expect(replacementsFromGroups([group('Anna', 'name', true, [30, 2], ' [NAME-1] '), group('Nijmegen', 'capitalized', false, [10])])).toEqual([
      { start: 2, end: 6, placeholder: '[NAME-1]' },
      { start: 30, end: 34, placeholder: '[NAME-1]' },
    ]);
  });

  it('drops a replacement overlapping an earlier one', () => {
    expect(replacementsFromGroups([group('Anna de Vries', 'name', true, [0], '[NAME-1]'), group('de Vries', 'name', true, [5], '[NAME-2]')])).toEqual([
      { start: 0, end: 13, placeholder: '[NAME-1]' },
    ]);
  });

  it('skips groups without a valid placeholder', () => {
    expect(replacementsFromGroups([group('Anna', 'name', true, [0], '  '), group('Bep', 'capitalized', true, [9], '[NAME-?]')])).toEqual([]);
  });
});

describe(rememberTermsFromGroups.name, () => {
  it('remembers confirmed names and hand-made ones, not dates or already known terms', () => {
    const terms = rememberTermsFromGroups([
      group('Anna', 'name', true, [0], '[NAME-1]'),
      group('Radboud', 'hospital', true, [9], '[HOSPITAL-1]'),
      group('12-03-1961', 'date', true, [20], '[DATE]'),
      group('Jansen', 'known', true, [40], '[NAME-3]'),
      group('Pietje', 'name', false, [50], '[NAME-4]'),
      group('Bep', 'email', true, [60], '[NAME-5]', true),
    ]);
    expect(terms.map((term) => term.text)).toEqual(['Anna', 'Radboud', 'Bep']);
  });

  it('remembers a confirmed capitalised word as a name, and skips one-letter terms', () => {
    const terms = rememberTermsFromGroups([group('Nijmegen', 'capitalized', true, [0], '[NAME-2]'), group('X', 'name', true, [20], '[NAME-3]')]);
    expect(terms).toEqual([{ text: 'Nijmegen', placeholder: '[NAME-2]', kind: 'name' }]);
  });
});
