import { describe, expect, it } from 'vitest';
import type { SurveyInstrument } from '../api/survey-instrument';
import { eligibleInstruments } from './eligible-instruments';

const instrument = (key: string, targetGroups: SurveyInstrument['targetGroups'], statuses: Array<'draft' | 'published' | 'retired'>): SurveyInstrument => ({
  id: key,
  key,
  title: { en: key },
  targetGroups,
  versions: statuses.map((status, index) => ({ id: `${key}-${index}`, version: index + 1, status, languages: ['en'] })),
});

describe(eligibleInstruments.name, () => {
  const patient = instrument('patient', ['patient'], ['retired', 'published']);
  const clinician = instrument('clinician', ['radiologist', 'neurologist'], ['published']);
  const draftOnly = instrument('draft', ['patient'], ['draft']);

  it('offers the instruments meant for the group that have a published version', () => {
    expect(eligibleInstruments([patient, clinician, draftOnly], 'patient').map((i) => i.key)).toEqual(['patient']);
    expect(eligibleInstruments([patient, clinician, draftOnly], 'neurologist').map((i) => i.key)).toEqual(['clinician']);
  });

  it('offers nothing before a participant is chosen or when nothing fits', () => {
    expect(eligibleInstruments([patient, clinician], null)).toEqual([]);
    expect(eligibleInstruments([patient, clinician], 'radiotherapist')).toEqual([]);
  });
});
