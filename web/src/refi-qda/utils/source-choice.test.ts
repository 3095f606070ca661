import { describe, expect, it } from 'vitest';
import type { Participant } from '../../participants/api/participant';
import { sourceProblem, sourceRequests, type SourceChoice } from './source-choice';

const participant = { id: '7d3c2a52-0b0e-4d7e-9f7a-2b7f5f0e9a11', code: 'RUMC-P-0001' } as Participant;
const base: SourceChoice = { guid: 'g1', include: true, participant, language: 'nl', month: '2025-06', groups: [] };

describe('sourceProblem', () => {
  it.each([
    ['a complete choice', base, null],
    ['no participant', { ...base, participant: null }, 'participant'],
    ['a malformed month', { ...base, month: '2025-13' }, 'month'],
    ['an excluded source, whatever is missing', { ...base, include: false, participant: null, month: '' }, null],
  ])('says what is missing for %s', (_name, choice, expected) => {
    expect(sourceProblem(choice)).toBe(expected);
  });
});

describe('sourceRequests', () => {
  it('sends included sources with the replacements of checked groups only', () => {
    const groups = [
      { text: 'Anna', kind: 'name' as const, placeholder: '[NAME-1]', checked: true, occurrences: [{ start: 10, end: 14 }, { start: 2, end: 6 }], manual: false },
      { text: 'Maria', kind: 'capitalized' as const, placeholder: '[NAME-?]', checked: false, occurrences: [{ start: 20, end: 25 }], manual: false },
    ];
    expect(sourceRequests([{ ...base, groups }, { ...base, guid: 'g2', include: false }])).toEqual([
      {
        guid: 'g1',
        participantId: participant.id,
        language: 'nl',
        interviewMonth: '2025-06',
        replacements: [
          { start: 2, end: 6, placeholder: '[NAME-1]' },
          { start: 10, end: 14, placeholder: '[NAME-1]' },
        ],
      },
    ]);
  });
});
