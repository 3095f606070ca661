import { describe, expect, it } from 'vitest';
import type { ResponseRule } from './response-issues.js';
import { validateResponse } from './validate-response.js';
import { checkValue } from './value-checks.js';

/** Every other value shape survey-core stores, one question each. */
const shapes = {
  elements: [
    { type: 'slider', name: 'slider', min: 0, max: 10, step: 2 },
    { type: 'slider', name: 'range', sliderType: 'range', min: 0, max: 100 },
    { type: 'matrix', name: 'multiMatrix', rows: ['a', 'b'], columns: ['x', 'y'], cellType: 'checkbox' },
    { type: 'matrixdropdown', name: 'perTask', rows: ['infiltration', 'progression'], columns: [{ name: 'weight', cellType: 'rating', rateMax: 3 }, { name: 'note', cellType: 'text' }], choices: [1, 2] },
    { type: 'matrixdynamic', name: 'lesions', columns: [{ name: 'site' }, { name: 'size', cellType: 'text', inputType: 'number', min: 0 }], choices: ['frontal', 'temporal'], maxRowCount: 2 },
    { type: 'multipletext', name: 'contact', items: [{ name: 'years', inputType: 'number' }, { name: 'unit', maxLength: 5 }] },
    { type: 'checkbox', name: 'commented', choices: [{ value: 'a', showCommentArea: true }, 'b'] },
    { type: 'checkbox', name: 'objects', choices: ['a', 'b'], valuePropertyName: 'tool' },
    { type: 'dropdown', name: 'remote', choicesByUrl: { url: 'https://example.org/list' } },
    { type: 'tagbox', name: 'tags', choices: ['a', 'b'] },
    { type: 'imagepicker', name: 'pictures', multiSelect: true, choices: [{ value: 'mri', imageLink: 'https://example.org/mri.png' }] },
    { type: 'checkbox', name: 'source', choices: ['a', 'b', 'c'] },
    { type: 'ranking', name: 'rankSelected', choicesFromQuestion: 'source', choicesFromQuestionMode: 'selected' },
    { type: 'ranking', name: 'rankSome', choices: ['a', 'b', 'c'], selectToRankEnabled: true },
    { type: 'file', name: 'scan', allowMultiple: false },
    { type: 'signaturepad', name: 'signature' },
  ],
};

type Expected = Array<[question: string, rule: ResponseRule]>;

describe('value shapes', () => {
  it.each([
    { name: 'a slider value on its grid', data: { slider: 4 }, errors: [] },
    { name: 'a slider value off its grid', data: { slider: 3 }, errors: [['slider', 'out_of_range']] },
    { name: 'a range slider pair', data: { range: [10, 40] }, errors: [] },
    { name: 'a reversed range slider pair', data: { range: [40, 10] }, errors: [['range', 'out_of_range']] },
    { name: 'a single number for a range slider', data: { range: 10 }, errors: [['range', 'wrong_type']] },
    { name: 'a multi-select matrix', data: { multiMatrix: { a: ['x', 'y'], b: ['y'] } }, errors: [] },
    { name: 'a multi-select matrix cell that is not a list', data: { multiMatrix: { a: 'x' } }, errors: [['multiMatrix', 'wrong_type']] },
    { name: 'a matrix dropdown by row and column', data: { perTask: { infiltration: { weight: 3, note: 'key' } } }, errors: [] },
    { name: 'a matrix dropdown cell outside its rating', data: { perTask: { progression: { weight: 4 } } }, errors: [['perTask', 'out_of_range']] },
    { name: 'a matrix dropdown column that does not exist', data: { perTask: { progression: { colour: 'red' } } }, errors: [['perTask', 'unknown_question']] },
    { name: 'dynamic matrix rows with inherited choices', data: { lesions: [{ site: 'frontal', size: 12 }, { site: 'temporal' }] }, errors: [] },
    { name: 'a dynamic matrix cell outside the inherited choices', data: { lesions: [{ site: 'occipital' }] }, errors: [['lesions', 'not_in_choices']] },
    { name: 'more dynamic matrix rows than allowed', data: { lesions: [{}, {}, {}] }, errors: [['lesions', 'out_of_range']] },
    { name: 'multiple text items', data: { contact: { years: 12, unit: 'ICU' } }, errors: [] },
    { name: 'a string for a numeric multiple text item', data: { contact: { years: 'twelve' } }, errors: [['contact', 'wrong_type']] },
    { name: 'a multiple text item too long', data: { contact: { unit: 'Neuroradiology' } }, errors: [['contact', 'too_long']] },
    { name: 'a multiple text item that does not exist', data: { contact: { phone: '123' } }, errors: [['contact', 'unknown_question']] },
    { name: 'choice comments stored as objects', data: { commented: [{ value: 'a', comment: 'why' }, { value: 'b' }] }, errors: [] },
    { name: 'a comment on a choice without a comment box', data: { commented: [{ value: 'b', comment: 'why' }] }, errors: [['commented', 'unknown_question']] },
    { name: 'valuePropertyName objects', data: { objects: [{ tool: 'a' }] }, errors: [] },
    { name: 'a plain value where valuePropertyName objects are stored', data: { objects: ['a'] }, errors: [['objects', 'wrong_type']] },
    { name: 'any string for choices loaded from a URL', data: { remote: 'whatever the service lists' }, errors: [] },
    { name: 'an object for choices loaded from a URL', data: { remote: { id: 1 } }, errors: [['remote', 'wrong_type']] },
    { name: 'tagbox values', data: { tags: ['a', 'b'] }, errors: [] },
    { name: 'a multi-select image picker', data: { pictures: ['mri'] }, errors: [] },
    { name: 'a ranking of the choices selected in another question', data: { source: ['a', 'c'], rankSelected: ['c', 'a'] }, errors: [] },
    { name: 'a select-to-rank subset', data: { rankSome: ['b'] }, errors: [] },
    { name: 'a ranked item twice', data: { rankSome: ['b', 'b'] }, errors: [['rankSome', 'invalid']] },
    { name: 'a file', data: { scan: [{ name: 'scan.png', type: 'image/png', content: 'data:image/png;base64,AAAA' }] }, errors: [] },
    { name: 'two files where one is allowed', data: { scan: [{ name: 'a' }, { name: 'b' }] }, errors: [['scan', 'out_of_range']] },
    { name: 'a file with an unexpected field', data: { scan: [{ name: 'a', script: 'x' }] }, errors: [['scan', 'unknown_question']] },
    { name: 'a signature', data: { signature: 'data:image/png;base64,AAAA' }, errors: [] },
  ] as Array<{ name: string; data: Record<string, unknown>; errors: Expected }>)('$name', ({ data, errors }) => {
    const result = validateResponse(shapes, data, 'in_progress');
    expect(result.errors.map((issue) => [issue.question, issue.rule])).toEqual(errors);
    if (errors.length === 0) expect(result.data).toEqual(data);
  });
});

describe(checkValue.name, () => {
  it('accepts any safe JSON for questions without a known shape', () => {
    expect(checkValue({ kind: 'any' }, { a: [1, 'b', null] })).toEqual({ value: { a: [1, 'b', null] }, issues: [] });
    expect(checkValue({ kind: 'any' }, JSON.parse('{"__proto__": 1}'))).toMatchObject({ issues: [{ rule: 'wrong_type' }] });
  });

  it('compares numbers on a fractional grid with a tolerance and stores the scale value', () => {
    const spec = { kind: 'rating', values: [0, 0.1, 0.2, 0.30000000000000004], min: 0, max: 0.3, step: 0.1 } as const;
    expect(checkValue(spec, 0.3)).toEqual({ value: 0.30000000000000004, issues: [] });
    expect(checkValue(spec, 0.25)).toMatchObject({ issues: [{ rule: 'out_of_range' }] });
  });

  it('keeps 1 and "1" apart', () => {
    const spec = { kind: 'single', choice: { keys: new Set(['n:1']), other: 'none', open: false, maxTextLength: 10, commentChoices: new Set<string>() } } as const;
    expect(checkValue(spec, 1)).toMatchObject({ value: 1, issues: [] });
    expect(checkValue(spec, '1')).toMatchObject({ issues: [{ rule: 'wrong_type' }] });
  });
});
