import { describe, expect, it } from 'vitest';
import { validateResponse, type ResponseRule, type ResponseValidation } from './validate-response.js';

/** A small clinician instrument: branching, a ranking, a matrix, a bounded number, "other". */
const instrument = {
  pages: [
    {
      name: 'experience',
      elements: [
        { type: 'radiogroup', name: 'role', isRequired: true, choices: ['radiologist', 'neurologist', 'neurosurgeon', 'radiotherapist'] },
        { type: 'boolean', name: 'usedAi', isRequired: true },
        {
          type: 'checkbox',
          name: 'aiTools',
          visibleIf: '{usedAi} = true',
          choices: ['segmentation', 'classification', 'prediction'],
          showOtherItem: true,
          measure: 'experience',
        },
        { type: 'rating', name: 'aiTrust', visibleIf: '{usedAi} = true', isRequired: true, rateMin: 1, rateMax: 5, criterion: 'explainability', measure: 'attitude' },
        { type: 'comment', name: 'distrustReason', visibleIf: '{aiTrust} <= 2' },
        { type: 'text', name: 'aiVendor', enableIf: '{usedAi} = true' },
      ],
    },
    {
      name: 'priorities',
      elements: [
        { type: 'ranking', name: 'taskPriority', choices: ['characterisation', 'molecular', 'infiltration', 'progression'] },
        { type: 'matrix', name: 'criteriaImportance', rows: ['accuracy', 'explainability', 'cost'], columns: [1, 2, 3, 4, 5], measure: 'importance' },
        {
          type: 'text',
          name: 'minSensitivity',
          inputType: 'number',
          min: 50,
          max: 100,
          criterion: 'accuracy',
          measure: 'threshold',
          validators: [{ type: 'numeric', minValue: 60, text: 'Below 60 % is no threshold' }],
        },
        { type: 'panel', name: 'costPanel', visibleIf: "{role} = 'radiotherapist'", elements: [{ type: 'dropdown', name: 'costConcern', choices: ['low', 'high'] }] },
        { type: 'comment', name: 'remarks', maxLength: 200 },
      ],
    },
    {
      name: 'cases',
      visibleIf: '{usedAi} = true',
      elements: [
        {
          type: 'paneldynamic',
          name: 'aiCases',
          templateElements: [
            { type: 'boolean', name: 'helped' },
            { type: 'comment', name: 'how', visibleIf: '{panel.helped} = true' },
          ],
        },
        { type: 'expression', name: 'caseCount', expression: 'count({aiCases})' },
      ],
    },
  ],
};

const complete = {
  role: 'radiologist',
  usedAi: true,
  aiTools: ['segmentation', 'other'],
  'aiTools-Comment': 'volumetry',
  aiTrust: 2,
  distrustReason: 'It missed a small lesion.',
  aiVendor: 'Acme',
  taskPriority: ['progression', 'infiltration', 'molecular', 'characterisation'],
  criteriaImportance: { accuracy: 5, explainability: 4, cost: 2 },
  minSensitivity: 90,
  remarks: 'None.',
  aiCases: [{ helped: true, how: 'Found the margin.' }, { helped: false }],
  caseCount: 2,
};

type Status = 'in_progress' | 'completed';
type Expected = Array<[question: string, rule: ResponseRule]>;

interface Case {
  name: string;
  status: Status;
  data: unknown;
  errors?: Expected;
  warnings?: Expected;
  /** Exactly what must be stored; defaults to "whatever is left", not checked. */
  stored?: Record<string, unknown>;
}

function withChanges(changes: Record<string, unknown>): Record<string, unknown> {
  const data: Record<string, unknown> = { ...complete, ...changes };
  for (const [key, value] of Object.entries(changes)) if (value === undefined) delete data[key];
  return data;
}

function pairs(issues: ResponseValidation['errors']): Expected {
  return issues.map((issue): [string, ResponseRule] => [issue.question, issue.rule]).sort((a, b) => a.join().localeCompare(b.join()));
}

const sorted = (expected: Expected = []): Expected => [...expected].sort((a, b) => a.join().localeCompare(b.join()));

const cases: Case[] = [
  { name: 'a valid complete response passes and is stored unchanged', status: 'completed', data: complete, stored: complete },
  { name: 'a rating of 9 on a 1–5 scale is refused', status: 'completed', data: withChanges({ aiTrust: 9, distrustReason: undefined }), errors: [['aiTrust', 'out_of_range']] },
  {
    name: 'a refused rating also hides its follow-up',
    status: 'completed',
    data: withChanges({ aiTrust: 9 }),
    errors: [['aiTrust', 'out_of_range'], ['distrustReason', 'not_visible']],
  },
  { name: 'a rating of 9 is refused while in progress too', status: 'in_progress', data: { aiTrust: 9, usedAi: true }, errors: [['aiTrust', 'out_of_range']] },
  { name: 'a rating between two scale points is refused', status: 'in_progress', data: { usedAi: true, aiTrust: 2.5 }, errors: [['aiTrust', 'out_of_range']] },
  { name: 'a string for a rating is the wrong type', status: 'in_progress', data: { usedAi: true, aiTrust: '3' }, errors: [['aiTrust', 'wrong_type']] },
  { name: 'an unknown choice is refused', status: 'in_progress', data: { role: 'nurse' }, errors: [['role', 'not_in_choices']] },
  { name: 'a number for a checkbox is the wrong type', status: 'in_progress', data: { usedAi: true, aiTools: 3 }, errors: [['aiTools', 'wrong_type']] },
  { name: 'an object for a text is the wrong type', status: 'in_progress', data: { remarks: { text: 'x' } }, errors: [['remarks', 'wrong_type']] },
  { name: 'a string for a boolean is the wrong type', status: 'in_progress', data: { usedAi: 'yes' }, errors: [['usedAi', 'wrong_type']] },
  { name: 'a checkbox value chosen twice is refused', status: 'in_progress', data: { usedAi: true, aiTools: ['prediction', 'prediction'] }, errors: [['aiTools', 'invalid']] },
  { name: 'an unknown checkbox value is refused', status: 'in_progress', data: { usedAi: true, aiTools: ['radiomics'] }, errors: [['aiTools', 'not_in_choices']] },
  { name: 'an unknown key is refused while in progress', status: 'in_progress', data: { role: 'neurologist', favouriteColour: 'blue' }, errors: [['favouriteColour', 'unknown_question']] },
  { name: 'a key for a non-question element name is refused', status: 'in_progress', data: { costPanel: 'x' }, errors: [['costPanel', 'unknown_question']] },
  { name: 'a __proto__ key is refused', status: 'in_progress', data: JSON.parse('{"role":"neurologist","__proto__":{"isAdmin":true}}') as unknown, errors: [['__proto__', 'unknown_question']], stored: { role: 'neurologist' } },
  { name: 'constructor and prototype keys are refused', status: 'in_progress', data: { constructor: 1, prototype: 2 }, errors: [['constructor', 'unknown_question'], ['prototype', 'unknown_question']] },
  { name: 'a number below min is refused', status: 'in_progress', data: { minSensitivity: 40 }, errors: [['minSensitivity', 'out_of_range']] },
  { name: 'a number above max is refused', status: 'in_progress', data: { minSensitivity: 120 }, errors: [['minSensitivity', 'out_of_range']] },
  { name: "survey-core's numeric validator fails a completed response", status: 'completed', data: withChanges({ minSensitivity: 55 }), errors: [['minSensitivity', 'invalid']] },
  { name: "survey-core's validators do not run while in progress", status: 'in_progress', data: { minSensitivity: 55 }, stored: { minSensitivity: 55 } },
  { name: 'a ranking that leaves out a choice is refused', status: 'in_progress', data: { taskPriority: ['progression', 'infiltration'] }, errors: [['taskPriority', 'invalid']] },
  { name: 'a ranking with an unknown item is refused', status: 'in_progress', data: { taskPriority: ['progression', 'infiltration', 'molecular', 'cost'] }, errors: [['taskPriority', 'not_in_choices']] },
  { name: 'a matrix row that does not exist is refused', status: 'in_progress', data: { criteriaImportance: { speed: 3 } }, errors: [['criteriaImportance', 'unknown_question']] },
  { name: 'a matrix cell outside the columns is refused', status: 'in_progress', data: { criteriaImportance: { cost: 6 } }, errors: [['criteriaImportance', 'not_in_choices']] },
  { name: 'a comment longer than its maxLength is refused', status: 'in_progress', data: { remarks: 'x'.repeat(201) }, errors: [['remarks', 'too_long']] },
  {
    name: 'an answer to a hidden question fails a completed response',
    status: 'completed',
    data: { ...withChanges({ usedAi: false, aiTrust: undefined, distrustReason: undefined, aiVendor: undefined, aiCases: undefined, caseCount: undefined }) },
    errors: [['aiTools', 'not_visible'], ['aiTools-Comment', 'not_visible']],
  },
  {
    name: 'an answer to a hidden question is dropped with a warning while in progress',
    status: 'in_progress',
    data: { role: 'neurologist', usedAi: false, aiTools: ['prediction'] },
    warnings: [['aiTools', 'not_visible']],
    stored: { role: 'neurologist', usedAi: false },
  },
  {
    name: 'a follow-up of a hidden question is dropped too',
    status: 'in_progress',
    data: { usedAi: false, aiTrust: 1, distrustReason: 'x' },
    warnings: [['aiTrust', 'not_visible'], ['distrustReason', 'not_visible']],
    stored: { usedAi: false },
  },
  { name: 'an answer inside a hidden panel is dropped', status: 'in_progress', data: { role: 'neurologist', costConcern: 'high' }, warnings: [['costConcern', 'not_visible']], stored: { role: 'neurologist' } },
  { name: 'an answer inside a visible panel is kept', status: 'in_progress', data: { role: 'radiotherapist', costConcern: 'high' }, stored: { role: 'radiotherapist', costConcern: 'high' } },
  { name: 'an answer on a hidden page is dropped', status: 'in_progress', data: { usedAi: false, aiCases: [{ helped: true }] }, warnings: [['aiCases', 'not_visible']], stored: { usedAi: false } },
  { name: 'an answer to a disabled question is dropped', status: 'in_progress', data: { usedAi: false, aiVendor: 'Acme' }, warnings: [['aiVendor', 'not_visible']], stored: { usedAi: false } },
  {
    name: 'an answer hidden inside a dynamic panel is dropped',
    status: 'in_progress',
    data: { usedAi: true, aiCases: [{ helped: false, how: 'x' }, { helped: true, how: 'y' }] },
    warnings: [['aiCases', 'not_visible']],
    stored: { usedAi: true, aiCases: [{ helped: false }, { helped: true, how: 'y' }], caseCount: 2 },
  },
  {
    name: 'an "other" text without "other" chosen is dropped while in progress',
    status: 'in_progress',
    data: { usedAi: true, aiTools: ['prediction'], 'aiTools-Comment': 'volumetry' },
    warnings: [['aiTools-Comment', 'not_visible']],
    stored: { usedAi: true, aiTools: ['prediction'], caseCount: 0 },
  },
  { name: 'an "other" text without "other" chosen fails a completed response', status: 'completed', data: withChanges({ aiTools: ['prediction'] }), errors: [['aiTools-Comment', 'not_visible']] },
  { name: 'required questions may be missing while in progress', status: 'in_progress', data: {}, stored: {} },
  { name: 'required questions must be answered on completion', status: 'completed', data: {}, errors: [['role', 'required'], ['usedAi', 'required']] },
  { name: 'a required question that is hidden is not required', status: 'completed', data: { role: 'neurologist', usedAi: false }, stored: { role: 'neurologist', usedAi: false } },
  { name: 'a required rating that became visible is required', status: 'completed', data: { role: 'neurologist', usedAi: true }, errors: [['aiTrust', 'required']] },
  { name: 'a computed value is recomputed, not taken from the client', status: 'in_progress', data: { usedAi: true, aiCases: [{ helped: true }, { helped: false }], caseCount: 99 }, stored: { usedAi: true, aiCases: [{ helped: true }, { helped: false }], caseCount: 2 } },
  { name: 'null answers are no answers', status: 'in_progress', data: { role: null, remarks: null }, stored: {} },
  { name: 'an empty string for a rating is the wrong type', status: 'in_progress', data: { usedAi: true, aiTrust: '' }, errors: [['aiTrust', 'wrong_type']] },
  { name: 'an array is not response data', status: 'in_progress', data: [complete], errors: [['', 'wrong_type']], stored: {} },
  { name: 'null is not response data', status: 'completed', data: null, errors: [['', 'wrong_type']], stored: {} },
  { name: 'a 2 MB payload is refused before anything else', status: 'in_progress', data: { remarks: 'x'.repeat(2 * 1024 * 1024), nonsense: 1 }, errors: [['', 'payload_too_large']], stored: {} },
];

describe(validateResponse.name, () => {
  it.each(cases)('$name', ({ status, data, errors, warnings, stored }) => {
    const result = validateResponse(instrument, data, status);
    expect(pairs(result.errors)).toEqual(sorted(errors));
    expect(pairs(result.warnings)).toEqual(sorted(warnings));
    expect(result.ok).toBe((errors ?? []).length === 0);
    if (stored) expect(result.data).toEqual(stored);
  });

  it('never stores a refused value or a hidden answer', () => {
    const result = validateResponse(instrument, { usedAi: false, aiTools: ['prediction'], role: 'nurse', minSensitivity: 120 }, 'in_progress');
    expect(result.data).toEqual({ usedAi: false });
  });

  it('explains a value outside the scale with the scale', () => {
    const [issue] = validateResponse(instrument, { usedAi: true, aiTrust: 9 }, 'in_progress').errors;
    expect(issue).toEqual({ question: 'aiTrust', rule: 'out_of_range', params: { min: 1, max: 5, step: 1, value: 9 } });
  });

  it("passes survey-core's message along as detail", () => {
    const [issue] = validateResponse(instrument, withChanges({ minSensitivity: 55 }), 'completed').errors;
    expect(issue?.params).toMatchObject({ detail: 'Below 60 % is no threshold' });
  });

  it('locates nested problems with a path', () => {
    const result = validateResponse(instrument, { criteriaImportance: { cost: 6 }, usedAi: true, aiCases: [{ helped: false, how: 'x' }] }, 'in_progress');
    expect(result.errors[0]?.params).toMatchObject({ path: 'criteriaImportance.cost' });
    expect(result.warnings[0]?.params).toMatchObject({ reason: 'hidden', path: 'aiCases[0].how' });
  });

  it('honours maxBytes and measures UTF-8 bytes', () => {
    const data = { remarks: 'ü'.repeat(60) }; // 120 bytes of text
    expect(validateResponse(instrument, data, 'in_progress', { maxBytes: 100 }).errors[0]).toMatchObject({ rule: 'payload_too_large' });
    expect(validateResponse(instrument, data, 'in_progress', { maxBytes: 200 }).ok).toBe(true);
  });

  it('does not let a __proto__ key reach the prototype of stored data', () => {
    const result = validateResponse(instrument, JSON.parse('{"__proto__":{"polluted":true},"role":"neurologist"}') as unknown, 'in_progress');
    expect(Object.getPrototypeOf(result.data)).toBe(Object.prototype);
    expect((result.data as { polluted?: unknown }).polluted).toBeUndefined();
  });

  it('leaves the input untouched', () => {
    const data = structuredClone(complete);
    deepFreeze(data);
    expect(() => validateResponse(instrument, data, 'completed')).not.toThrow();
    expect(data).toEqual(complete);
  });

  it('gives the same verdict whatever was validated before (the Model is reused)', () => {
    const hidden = { role: 'neurologist', usedAi: false, aiTools: ['prediction'] };
    const first = validateResponse(instrument, hidden, 'completed');
    validateResponse(instrument, complete, 'completed');
    validateResponse(instrument, { usedAi: true, aiTrust: 1 }, 'in_progress');
    expect(validateResponse(instrument, hidden, 'completed')).toEqual(first);
    expect(validateResponse(instrument, complete, 'completed')).toEqual({ ok: true, errors: [], warnings: [], data: complete });
  });

  it('shares one Model between copies of a definition given the same cacheKey', () => {
    const copy = structuredClone(instrument);
    expect(validateResponse(copy, complete, 'completed', { cacheKey: 'clinician@1' }).ok).toBe(true);
    expect(validateResponse(structuredClone(instrument), complete, 'completed', { cacheKey: 'clinician@1' }).ok).toBe(true);
  });
});

describe('visibility that does not depend on the answers is remembered, the rest never', () => {
  const definition = {
    pages: [
      { name: 'start', elements: [{ type: 'radiogroup', name: 'route', choices: ['a', 'b'] }, { type: 'text', name: 'fixedNote', readOnly: true }, { type: 'text', name: 'always' }] },
      { name: 'onlyA', visibleIf: "{route} = 'a'", elements: [{ type: 'text', name: 'onPageA' }] },
      { name: 'mixed', elements: [{ type: 'panel', name: 'panelB', visibleIf: "{route} = 'b'", elements: [{ type: 'text', name: 'inPanelB' }] }] },
      {
        name: 'choices',
        elements: [{ type: 'checkbox', name: 'picked', hideIfChoicesEmpty: true, choices: [{ value: 'x', visibleIf: "{route} = 'a'" }] }],
      },
    ],
  };
  const verdict = (data: Record<string, unknown>) => pairs(validateResponse(definition, data, 'completed', { cacheKey: 'fixed-states' }).errors);

  it('follows the route on every call, in any order', () => {
    for (let round = 0; round < 3; round += 1) {
      expect(verdict({ route: 'a', always: '1', onPageA: 'x', picked: ['x'] })).toEqual([]);
      expect(verdict({ route: 'b', always: '1', onPageA: 'x', picked: ['x'] })).toEqual([['onPageA', 'not_visible'], ['picked', 'not_visible']]);
      expect(verdict({ route: 'b', inPanelB: 'y' })).toEqual([]);
      expect(verdict({ route: 'a', inPanelB: 'y' })).toEqual([['inPanelB', 'not_visible']]);
      expect(verdict({ route: 'a', fixedNote: 'typed' })).toEqual([['fixedNote', 'not_visible']]);
    }
  });
});

describe('required panels', () => {
  const definition = { elements: [{ type: 'panel', name: 'ratings', isRequired: true, elements: [{ type: 'rating', name: 'speed' }, { type: 'rating', name: 'clarity' }] }] };

  it.each([
    { name: 'an answered required panel passes', data: { clarity: 4 }, errors: [] },
    { name: 'an unanswered required panel is required', data: {}, errors: [['ratings', 'required']] },
  ] as Array<{ name: string; data: Record<string, unknown>; errors: Expected }>)('$name', ({ data, errors }) => {
    validateResponse(definition, { speed: 2 }, 'completed'); // a previous response must not linger
    expect(pairs(validateResponse(definition, data, 'completed').errors)).toEqual(errors);
  });
});

describe('required panels behind conditions', () => {
  const definition = {
    pages: [
      { elements: [{ type: 'boolean', name: 'usesAi' }] },
      { visibleIf: '{usesAi} = true', elements: [{ type: 'panel', name: 'aiRatings', isRequired: true, elements: [{ type: 'rating', name: 'trust' }] }] },
      { elements: [{ type: 'panel', name: 'outer', visibleIf: '{usesAi} = false', elements: [{ type: 'panel', name: 'whyNot', isRequired: true, elements: [{ type: 'comment', name: 'reason' }] }] }] },
    ],
  };

  it('asks for a required panel only while it and everything around it is shown', () => {
    expect(pairs(validateResponse(definition, { usesAi: true }, 'completed').errors)).toEqual([['aiRatings', 'required']]);
    expect(pairs(validateResponse(definition, { usesAi: false }, 'completed').errors)).toEqual([['whyNot', 'required']]);
    expect(pairs(validateResponse(definition, { usesAi: true, trust: 4 }, 'completed').errors)).toEqual([]);
    expect(pairs(validateResponse(definition, { usesAi: false, reason: 'no access' }, 'completed').errors)).toEqual([]);
  });
});

describe('special SurveyJS keys', () => {
  const definition = {
    elements: [
      { type: 'radiogroup', name: 'single', choices: ['a', 'b'], showCommentArea: true },
      { type: 'radiogroup', name: 'inlineOther', choices: ['a'], showOtherItem: true, storeOthersAsComment: false },
      { type: 'checkbox', name: 'exclusive', choices: ['a', 'b'], showNoneItem: true, maxSelectedChoices: 2 },
      { type: 'boolean', name: 'yesNo', valueTrue: 'yes', valueFalse: 'no' },
      { type: 'text', name: 'plain' },
    ],
  };

  it.each([
    { name: 'a comment box answer under <name>-Comment', data: { single: 'a', 'single-Comment': 'because' }, errors: [] },
    { name: 'a comment without an answer to its question', data: { 'single-Comment': 'because' }, errors: [] },
    { name: 'a -Comment key for a question without a comment box', data: { plain: 'x', 'plain-Comment': 'y' }, errors: [['plain-Comment', 'unknown_question']] },
    { name: 'an "other" text stored inline', data: { inlineOther: 'my own words' }, errors: [] },
    { name: 'the none item', data: { exclusive: ['none'] }, errors: [] },
    { name: 'more selections than maxSelectedChoices', data: { exclusive: ['a', 'b', 'none'] }, errors: [['exclusive', 'out_of_range']] },
    { name: "a boolean's valueTrue", data: { yesNo: 'yes' }, errors: [] },
    { name: 'true for a boolean with valueTrue', data: { yesNo: true }, errors: [['yesNo', 'not_in_choices']] },
  ] as Array<{ name: string; data: Record<string, unknown>; errors: Expected }>)('$name', ({ data, errors }) => {
    const result = validateResponse(definition, data, 'completed');
    expect(pairs(result.errors)).toEqual(sorted(errors));
    if (errors.length === 0) expect(result.data).toEqual(data);
  });
});

function deepFreeze(value: unknown): void {
  if (typeof value !== 'object' || value === null) return;
  Object.freeze(value);
  for (const inner of Object.values(value)) deepFreeze(inner);
}
