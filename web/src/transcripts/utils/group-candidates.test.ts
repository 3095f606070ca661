import { describe, expect, it } from 'vitest';
import type { Candidate } from '../api/transcript-preview';
import { groupCandidates } from './group-candidates';

const candidate = (start: number, text: string, kind: Candidate['kind'], suggestion: string): Candidate => ({
  start,
  end: start + [...text].length,
  text,
  kind,
  suggestion,
});

describe(groupCandidates.name, () => {
  it('returns no groups for no candidates', () => {
    expect(groupCandidates([])).toEqual([]);
  });

  it('groups occurrences of the same text and checks them by default', () => {
    const groups = groupCandidates([candidate(40, 'Anna de Vries', 'name', '[NAME-1]'), candidate(3, 'Anna de Vries', 'name', '[NAME-1]')]);
    expect(groups).toEqual([
      {
        text: 'Anna de Vries',
        kind: 'name',
        placeholder: '[NAME-1]',
        checked: true,
        occurrences: [
          { start: 3, end: 16 },
          { start: 40, end: 53 },
        ],
        manual: false,
      },
    ]);
  });

  it('leaves capitalized words for the researcher to confirm', () => {
    expect(groupCandidates([candidate(0, 'Nijmegen', 'capitalized', '[PLACE-1]')])[0]?.checked).toBe(false);
  });

  it('takes the most specific kind when occurrences differ', () => {
    const [group] = groupCandidates([candidate(0, 'Jansen', 'capitalized', '[WORD]'), candidate(20, 'Jansen', 'known', '[NAME-3]')]);
    expect(group).toMatchObject({ kind: 'known', placeholder: '[NAME-3]', checked: true });
  });

  it('orders groups by first appearance', () => {
    const groups = groupCandidates([candidate(30, 'b@x.nl', 'email', '[EMAIL]'), candidate(5, '12-03-1961', 'date', '[DATE]')]);
    expect(groups.map((group) => group.text)).toEqual(['12-03-1961', 'b@x.nl']);
  });
});
