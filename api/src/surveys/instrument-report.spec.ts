import { describe, expect, it } from 'vitest';
import { hasBlockingProblems, inspectInstrument, languagesOffered, translationCompleteness, type InstrumentProblemCode } from './instrument-report.js';

const ALL = ['nl', 'de', 'it', 'en'] as const;

function codes(definition: unknown): Array<[InstrumentProblemCode, string | number | undefined]> {
  return inspectInstrument(JSON.stringify(definition), ['en']).problems.map((problem) => [problem.code, problem.params.path]);
}

describe(inspectInstrument.name, () => {
  it.each([
    { name: 'unparseable JSON', text: '{"pages": [', expected: 'INSTRUMENT_JSON_UNPARSEABLE' },
    { name: 'a JSON array', text: '[]', expected: 'INSTRUMENT_NOT_A_SURVEY' },
    { name: 'an object without pages or elements', text: '{"title": "x"}', expected: 'INSTRUMENT_NOT_A_SURVEY' },
    { name: 'pages that are not a list', text: '{"pages": {}}', expected: 'INSTRUMENT_NOT_A_SURVEY' },
  ])('reports $name as $expected, without a definition', ({ text, expected }) => {
    const report = inspectInstrument(text, ['en']);
    expect(report.problems.map((problem) => problem.code)).toEqual([expected]);
    expect(report.definition).toBeUndefined();
    expect(hasBlockingProblems(report)).toBe(true);
  });

  it.each([
    {
      name: 'an unknown question type',
      definition: { elements: [{ type: 'slidr', name: 'q' }] },
      expected: [['INSTRUMENT_UNKNOWN_QUESTION_TYPE', 'elements[0]']],
    },
    {
      name: 'a page where a question should be',
      definition: { elements: [{ type: 'page', name: 'q' }] },
      expected: [['INSTRUMENT_UNKNOWN_QUESTION_TYPE', 'elements[0]']],
    },
    {
      name: 'an unknown type inside a panel inside a dynamic panel',
      definition: { pages: [{ elements: [{ type: 'paneldynamic', name: 'pd', templateElements: [{ type: 'panel', elements: [{ type: 'magic', name: 'm' }] }] }] }] },
      expected: [['INSTRUMENT_UNKNOWN_QUESTION_TYPE', 'pages[0].elements[0].templateElements[0].elements[0]']],
    },
    {
      name: 'duplicate names across pages and panels',
      definition: { pages: [{ elements: [{ type: 'text', name: 'a' }] }, { elements: [{ type: 'panel', elements: [{ type: 'text', name: 'a' }] }] }] },
      expected: [['INSTRUMENT_DUPLICATE_NAME', 'pages[1].elements[0].elements[0]']],
    },
    {
      name: 'the same name in a dynamic panel template and outside it (allowed)',
      definition: { elements: [{ type: 'text', name: 'a' }, { type: 'paneldynamic', name: 'pd', templateElements: [{ type: 'text', name: 'a' }] }] },
      expected: [],
    },
    {
      name: 'duplicate matrix columns',
      definition: { elements: [{ type: 'matrixdropdown', name: 'm', rows: ['r'], columns: [{ name: 'c' }, { name: 'c' }] }] },
      expected: [['INSTRUMENT_DUPLICATE_NAME', 'elements[0].columns[1]']],
    },
    {
      name: 'a question without a name',
      definition: { elements: [{ type: 'text' }] },
      expected: [['INSTRUMENT_MISSING_NAME', 'elements[0]']],
    },
    {
      name: 'a multiple-text item without a name',
      definition: { elements: [{ type: 'multipletext', name: 'mt', items: [{ title: 'x' }] }] },
      expected: [['INSTRUMENT_MISSING_NAME', 'elements[0].items[0]']],
    },
    {
      name: 'choices, rows and rate values without a value',
      definition: {
        elements: [
          { type: 'radiogroup', name: 'r', choices: ['a', { text: 'b' }] },
          { type: 'matrix', name: 'm', rows: [{ value: null, text: 'x' }], columns: [1] },
          { type: 'rating', name: 's', rateValues: [{ text: 'low' }, 1] },
          { type: 'matrixdynamic', name: 'md', columns: [{ name: 'c', cellType: 'checkbox', choices: [{}] }] },
        ],
      },
      expected: [
        ['INSTRUMENT_CHOICE_WITHOUT_VALUE', 'elements[0].choices[1]'],
        ['INSTRUMENT_CHOICE_WITHOUT_VALUE', 'elements[1].rows[0]'],
        ['INSTRUMENT_CHOICE_WITHOUT_VALUE', 'elements[2].rateValues[0]'],
        ['INSTRUMENT_CHOICE_WITHOUT_VALUE', 'elements[3].columns[0].choices[0]'],
      ],
    },
    {
      name: 'invalid tags',
      definition: { elements: [{ type: 'rating', name: 'r', criterion: 'speed', task: 'progression', measure: 7 }] },
      expected: [
        ['INSTRUMENT_INVALID_TAG', 'elements[0].criterion'],
        ['INSTRUMENT_INVALID_TAG', 'elements[0].measure'],
      ],
    },
    {
      name: 'a clean instrument',
      definition: { elements: [{ type: 'rating', name: 'r', title: 'Trust', criterion: 'accuracy' }, { type: 'panel', name: 'p', elements: [] }] },
      expected: [],
    },
  ])('reports $name', ({ definition, expected }) => {
    expect(codes(definition)).toEqual(expected);
  });

  it('names the question, type and tag so the API can explain the problem', () => {
    const [problem] = inspectInstrument(JSON.stringify({ elements: [{ type: 'rating', name: 'r', criterion: 'speed' }] }), ['en']).problems;
    expect(problem).toEqual({
      code: 'INSTRUMENT_INVALID_TAG',
      severity: 'error',
      params: { path: 'elements[0].criterion', question: 'r', tag: 'criterion', value: 'speed' },
    });
  });
});

describe('translations', () => {
  const definition = {
    title: { default: 'Meaningful AI', de: 'Sinnvolle KI', nl: 'Zinvolle AI' },
    pages: [
      {
        name: 'p1',
        elements: [
          { type: 'radiogroup', name: 'q1', title: { en: 'Trust?', de: 'Vertrauen?', nl: 'Vertrouwen?', it: 'Fiducia?' }, choices: [{ value: 1, text: { default: 'Yes', de: 'Ja' } }, 2] },
          { type: 'text', name: 'age', title: 'Age' },
          { type: 'checkbox', name: 'tools', title: { default: 'Tools', de: 'Werkzeuge' }, choices: ['segmentation|Segmentation'] },
          { type: 'boolean', name: 'plainName' },
        ],
      },
    ],
  };

  it('lists every string missing in a language with its path and question', () => {
    const report = inspectInstrument(JSON.stringify(definition), ['de', 'it']);
    expect(report.translation.de.missing).toEqual([
      { path: 'pages[0].elements[1].title', context: 'age' },
      { path: 'pages[0].elements[2].choices[0]', context: 'tools' },
      { path: 'pages[0].elements[3].title', context: 'plainName' },
    ]);
    expect(report.translation.it).toMatchObject({ total: 7, translated: 1 });
    expect(report.problems).toEqual([
      { code: 'INSTRUMENT_MISSING_TRANSLATION', severity: 'warning', params: { language: 'de', missing: 3, total: 7, path: 'pages[0].elements[1].title', question: 'age' } },
      { code: 'INSTRUMENT_MISSING_TRANSLATION', severity: 'warning', params: { language: 'it', missing: 6, total: 7, path: 'title', question: '' } },
    ]);
    expect(hasBlockingProblems(report)).toBe(false);
  });

  it('counts "default" as the survey locale when one is set', () => {
    const german = { locale: 'de', elements: [{ type: 'text', name: 'q', title: 'Frage' }] };
    expect(languagesOffered(german)).toEqual(['de']);
    expect(translationCompleteness(german)).toEqual({ nl: 0, de: 1, it: 0, en: 0 });
  });

  it('offers the languages that have at least one string', () => {
    expect(languagesOffered(definition)).toEqual(['nl', 'de', 'it', 'en']);
    expect(languagesOffered({ elements: [] })).toEqual([]);
  });

  it('computes completeness per language', () => {
    const completeness = translationCompleteness(definition, ALL);
    expect(completeness.en).toBe(1);
    expect(completeness.de).toBeCloseTo(4 / 7);
    expect(translationCompleteness({ elements: [] })).toEqual({ nl: 1, de: 1, it: 1, en: 1 });
  });
});
