import { describe, expect, it } from 'vitest';
import type { DictionaryQuestion, SurveyResponseRecord } from './data-dictionary.js';
import { describeSurvey } from './describe-survey.js';

const dictionary: DictionaryQuestion[] = [
  { name: 'trust', type: 'rating', rateMin: 1, rateMax: 5, tags: { criterion: 'transparency' } },
  { name: 'why', type: 'comment' },
];

const responses: SurveyResponseRecord[] = [
  { id: 'r1', data: { trust: 5, why: 'Uitleg helpt' }, meta: { group: 'patient', center: 'RUMC' } },
  { id: 'r2', data: { trust: 4 }, meta: { group: 'patient', center: 'UKM' } },
  { id: 'r3', data: { trust: 2, why: 'Zu wenig Erfahrung' }, meta: { group: 'radiologist', center: 'UKM' } },
  { id: 'r4', data: {}, meta: { center: 'UNITN' } },
];

describe(describeSurvey.name, () => {
  it('returns descriptives per question and no groups when there is no data', () => {
    const result = describeSurvey(dictionary, []);
    expect(result.overall.responses).toBe(0);
    expect(result.overall.questions.map((question) => question.name)).toEqual(['trust', 'why']);
    expect(result.groups).toEqual([]);
  });

  it('returns nothing to describe when the dictionary is empty', () => {
    expect(describeSurvey([], responses, { groupBy: 'group' }).overall.questions).toEqual([]);
  });

  it('returns one group per value, missing last, when grouping by a meta key', () => {
    const result = describeSurvey(dictionary, responses, { groupBy: 'group' });
    expect(result.groups.map((group) => [group.key, group.responses])).toEqual([
      ['patient', 2],
      ['radiologist', 1],
      [null, 1],
    ]);
    const patientTrust = result.groups[0]?.questions[0];
    expect(patientTrust).toMatchObject({ answered: 2, missing: 0 });
    expect(result.overall.questions[0]).toMatchObject({ answered: 3, missing: 1 });
  });

  it('returns a single group when everyone shares the value', () => {
    const result = describeSurvey(dictionary, responses.slice(0, 2), { groupBy: 'group' });
    expect(result.groups.map((group) => group.key)).toEqual(['patient']);
  });

  it('returns groups from a function when grouping by an answer', () => {
    const result = describeSurvey(dictionary, responses, {
      groupBy: (response) => (typeof response.data.why === 'string' ? 'explained' : 'silent'),
    });
    expect(result.groups.map((group) => [group.key, group.responses])).toEqual([
      ['explained', 2],
      ['silent', 2],
    ]);
  });

  it('returns intervals at the requested confidence level', () => {
    const result = describeSurvey(dictionary, responses, { confidenceLevel: 0.9 });
    const trust = result.overall.questions[0];
    expect(trust?.type === 'rating' ? trust.numeric?.meanConfidenceInterval?.level : undefined).toBe(0.9);
  });
});
