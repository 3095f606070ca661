import { describe, expect, it } from 'vitest';
import type { DictionaryQuestion, SurveyResponseRecord } from './data-dictionary.js';
import { describeQuestion } from './describe-question.js';

const responses = (...data: Record<string, unknown>[]): SurveyResponseRecord[] =>
  data.map((entry, index) => ({ id: `r${index + 1}`, data: entry }));

describe(describeQuestion.name, () => {
  it('returns zero answered and no numeric descriptives when there is no data', () => {
    const question: DictionaryQuestion = { name: 'trust', type: 'rating', rateMin: 1, rateMax: 7 };
    expect(describeQuestion(question, [])).toMatchObject({
      name: 'trust',
      type: 'rating',
      tags: {},
      responses: 0,
      answered: 0,
      missing: 0,
      invalid: 0,
      numeric: null,
    });
  });

  it('returns the distribution, median, IQR and mean CI when the question is a rating with tags', () => {
    const question: DictionaryQuestion = {
      name: 'importance_accuracy',
      type: 'rating',
      rateMin: 1,
      rateMax: 5,
      tags: { criterion: 'diagnostic-accuracy', measure: 'importance' },
    };
    const result = describeQuestion(question, responses({ importance_accuracy: 5 }, { importance_accuracy: 4 }, {}, { importance_accuracy: 5 }));
    expect(result).toMatchObject({ type: 'rating', responses: 4, answered: 3, missing: 1, tags: { criterion: 'diagnostic-accuracy' } });
    if (result.type !== 'rating') throw new Error('expected a rating');
    expect(result.distribution.map((choice) => choice.count)).toEqual([0, 0, 0, 1, 2]);
    expect(result.numeric).toMatchObject({ median: 5, q1: 4.5, q3: 5, iqr: 0.5, quantileMethod: 'type7' });
    expect(result.numeric?.meanConfidenceInterval?.level).toBe(0.95);
  });

  it('returns yes/no counts when the question is boolean', () => {
    const result = describeQuestion({ name: 'consent', type: 'boolean' }, responses({ consent: true }, { consent: false }, { consent: true }));
    if (result.type !== 'boolean') throw new Error('expected a boolean');
    expect(result.distribution.map((choice) => [choice.value, choice.count])).toEqual([
      [true, 2],
      [false, 1],
    ]);
    expect(result.numeric).toBeNull();
  });

  it('returns mean rank and Borda score when the question is a ranking', () => {
    const question: DictionaryQuestion = {
      name: 'criteria_rank',
      type: 'ranking',
      choices: [
        { value: 'accuracy', label: 'Accuracy' },
        { value: 'cost', label: 'Cost' },
      ],
    };
    const result = describeQuestion(question, responses({ criteria_rank: ['cost', 'accuracy'] }, { criteria_rank: ['accuracy', 'cost'] }, { criteria_rank: ['cost', 'accuracy'] }));
    if (result.type !== 'ranking') throw new Error('expected a ranking');
    expect(result.items.map((item) => [item.value, item.meanRank, item.bordaScore])).toEqual([
      ['accuracy', 5 / 3, 1],
      ['cost', 4 / 3, 2],
    ]);
  });

  it('returns free-text answers trimmed, in response order, with their response ids', () => {
    const result = describeQuestion(
      { name: 'why', type: 'comment' },
      responses({ why: '  Omdat de arts het uitlegt.  ' }, { why: '' }, { why: 'Perché è più veloce 🚀' }, { why: ['x'] }),
    );
    expect(result).toMatchObject({
      answered: 2,
      missing: 1,
      invalid: 1,
      answers: [
        { responseId: 'r1', text: 'Omdat de arts het uitlegt.' },
        { responseId: 'r3', text: 'Perché è più veloce 🚀' },
      ],
    });
  });

  it('returns per-row distributions when the question is a matrix', () => {
    const question: DictionaryQuestion = {
      name: 'agree',
      type: 'matrix',
      rows: [
        { value: 'explain', label: 'AI must explain itself' },
        { value: 'cheaper', label: 'AI must be cheaper' },
      ],
      choices: [1, 2, 3, 4, 5].map((value) => ({ value, label: String(value) })),
    };
    const result = describeQuestion(question, responses({ agree: { explain: 5, cheaper: 2 } }, { agree: { explain: 4 } }, {}, { agree: 'x' }));
    if (result.type !== 'matrix') throw new Error('expected a matrix');
    expect(result).toMatchObject({ answered: 2, missing: 1, invalid: 1 });
    expect(result.rows.map((row) => [row.value, row.answered, row.missing, row.numeric?.median])).toEqual([
      ['explain', 2, 2, 4.5],
      ['cheaper', 1, 3, 2],
    ]);
  });

  it('returns checkbox shares over respondents when the question is multiple choice', () => {
    const question: DictionaryQuestion = {
      name: 'worries',
      type: 'checkbox',
      choices: [
        { value: 'privacy', label: 'Datenschutz' },
        { value: 'errors', label: 'Fehler' },
      ],
    };
    const result = describeQuestion(question, responses({ worries: ['privacy', 'errors'] }, { worries: ['errors'] }));
    if (result.type !== 'checkbox') throw new Error('expected a checkbox');
    expect(result.distribution.map((choice) => choice.share)).toEqual([0.5, 1]);
  });
});
