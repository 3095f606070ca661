import { describe, expect, it } from 'vitest';
import clinician from '../instruments/seed/clinician-instrument.json' with { type: 'json' };
import patient from '../instruments/seed/patient-instrument.json' with { type: 'json' };
import { linkingItems, numericAnswer, ratingScale } from './linking-items.js';

describe(linkingItems.name, () => {
  it('takes the five importance ratings and the ranking of the clinician instrument, not the profession-specific items', () => {
    const items = linkingItems(clinician);
    expect(items.criterionRatings.map((q) => q.name)).toEqual(['importance_accuracy', 'importance_explainability', 'importance_cost', 'importance_interpretation', 'importance_care_pathway']);
    expect(items.criterionRatings[0].scale).toEqual({ min: 1, max: 5 });
    expect(items.ranking).toEqual({ name: 'criteria_ranking' });
    expect(items.taskValues.map((q) => q.name)).toEqual(['value_characterisation', 'value_molecular', 'value_infiltration', 'value_progression']);
    expect(items.leftOut.map((q) => q.name)).toEqual(
      expect.arrayContaining(['radiology_pacs_integration', 'neurology_pseudoprogression', 'neurosurgery_resection_planning', 'radiotherapy_target_delineation']),
    );
    expect(items.thresholds).toHaveLength(8);
    expect(items.thresholds[0]).toEqual({ name: 'threshold_sensitivity_characterisation', task: 'characterisation', metric: 'sensitivity', percent: true });
  });

  it('takes the five importance ratings of the patient instrument and nothing else', () => {
    const items = linkingItems(patient);
    expect(items.criterionRatings).toHaveLength(5);
    expect(items.ranking).toBeNull();
    expect(items.taskValues).toEqual([]);
    expect(items.thresholds).toEqual([]);
  });

  it('finds questions inside panels and ignores junk', () => {
    const definition = { pages: [{ elements: [{ type: 'panel', name: 'p', elements: [{ type: 'rating', name: 'x', criterion: 'cost', measure: 'importance', rateCount: 7 }] }, null, 3] }] };
    expect(linkingItems(definition).criterionRatings).toEqual([{ name: 'x', criterion: 'cost', scale: { min: 1, max: 7 } }]);
    expect(linkingItems(null).criterionRatings).toEqual([]);
  });
});

describe(ratingScale.name, () => {
  it.each([
    [{}, { min: 1, max: 5 }],
    [{ rateMin: 0, rateMax: 10 }, { min: 0, max: 10 }],
    [{ rateCount: 3 }, { min: 1, max: 3 }],
  ])('reads %j', (question, scale) => expect(ratingScale(question)).toEqual(scale));
});

describe(numericAnswer.name, () => {
  it.each([
    [85, 85],
    ['90', 90],
    ['', null],
    ['abc', null],
    [null, null],
    [Number.NaN, null],
  ])('%j → %j', (value, expected) => expect(numericAnswer(value)).toBe(expected));
});
