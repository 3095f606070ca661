import { describe, expect, it } from 'vitest';
import { buildDataDictionary } from './data-dictionary.js';

const definition = {
  pages: [
    {
      name: 'attitudes',
      elements: [
        {
          type: 'rating',
          name: 'trust',
          title: { default: 'How much do you trust AI?', de: 'Wie sehr vertrauen Sie KI?', nl: 'Hoeveel vertrouwt u AI?' },
          rateMin: 0,
          rateMax: 10,
          rateStep: 2,
          isRequired: true,
          criterion: 'explainability',
          measure: 'attitude',
        },
        { type: 'html', name: 'intro', html: '<p>Hi</p>' },
        {
          type: 'panel',
          name: 'experience',
          visibleIf: '{trust} > 2',
          elements: [
            { type: 'checkbox', name: 'tools', choices: [{ value: 'seg', text: { en: 'Segmentation', it: 'Segmentazione' } }], showOtherItem: true, visibleIf: '{trust} > 4' },
            { type: 'text', name: 'sensitivity', inputType: 'number', min: 50, max: 100, task: 'infiltration', criterion: 'accuracy', measure: 'threshold' },
          ],
        },
      ],
    },
    {
      name: 'details',
      elements: [
        { type: 'matrix', name: 'importance', rows: ['accuracy', 'cost'], columns: [1, 2, 3] },
        { type: 'matrixdropdown', name: 'perTask', rows: ['infiltration'], columns: [{ name: 'weight', cellType: 'rating' }, { name: 'note', cellType: 'text' }] },
        { type: 'paneldynamic', name: 'cases', templateElements: [{ type: 'boolean', name: 'helped' }] },
        { type: 'expression', name: 'score', expression: '{trust} * 2' },
        { type: 'dropdown', name: 'country', valueName: 'site', choices: ['nl', 'de', 'it'] },
      ],
    },
  ],
};

describe(buildDataDictionary.name, () => {
  const dictionary = buildDataDictionary(definition);
  const entry = (name: string) => dictionary.find((item) => item.name === name);

  it('lists value-holding questions in questionnaire order, panels included, html left out', () => {
    expect(dictionary.map((item) => [item.name, item.page, item.panel ?? ''])).toEqual([
      ['trust', 'attitudes', ''],
      ['tools', 'attitudes', 'experience'],
      ['sensitivity', 'attitudes', 'experience'],
      ['importance', 'details', ''],
      ['perTask', 'details', ''],
      ['cases', 'details', ''],
      ['score', 'details', ''],
      ['country', 'details', ''],
    ]);
  });

  it('describes a rating scale, its localized title, tags and requiredness', () => {
    expect(entry('trust')).toEqual({
      name: 'trust',
      type: 'rating',
      title: { en: 'How much do you trust AI?', de: 'Wie sehr vertrauen Sie KI?', nl: 'Hoeveel vertrouwt u AI?' },
      page: 'attitudes',
      rateMin: 0,
      rateMax: 10,
      rateStep: 2,
      tags: { criterion: 'explainability', measure: 'attitude' },
      required: true,
    });
  });

  it('describes choices with the "other" item and its comment key, and the condition', () => {
    expect(entry('tools')).toMatchObject({
      visibleIf: '{trust} > 4',
      commentKey: 'tools-Comment',
      choices: [
        { value: 'seg', text: { en: 'Segmentation', it: 'Segmentazione' } },
        { value: 'other', text: { en: 'Other (describe)' } },
      ],
      title: { en: 'tools' },
    });
  });

  it('describes number inputs, matrices, nested questions, expressions and value names', () => {
    expect(entry('sensitivity')).toMatchObject({ inputType: 'number', min: 50, max: 100, tags: { task: 'infiltration', criterion: 'accuracy', measure: 'threshold' } });
    expect(entry('importance')).toMatchObject({
      rows: [{ value: 'accuracy', text: { en: 'accuracy' } }, { value: 'cost', text: { en: 'cost' } }],
      columns: [{ value: 1 }, { value: 2 }, { value: 3 }],
    });
    expect(entry('perTask')?.subQuestions?.map((column) => [column.name, column.type])).toEqual([
      ['weight', 'rating'],
      ['note', 'text'],
    ]);
    expect(entry('cases')?.subQuestions?.map((inner) => [inner.name, inner.type])).toEqual([['helped', 'boolean']]);
    expect(entry('score')).toMatchObject({ type: 'expression', expression: '{trust} * 2' });
    expect(entry('country')).toMatchObject({ key: 'site' });
  });
});
