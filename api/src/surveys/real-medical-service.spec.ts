import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDataDictionary } from './data-dictionary.js';
import { inspectInstrument, languagesOffered, translationCompleteness, type InstrumentReport } from './instrument-report.js';
import { validateResponse } from './validate-response.js';

/**
 * A real third-party SurveyJS questionnaire (patient satisfaction with a medical service, English
 * with a German translation), read from the shared fixtures and never copied into the repository.
 */
const FIXTURE = '/work/shared/fixtures/surveyjs/real-medical-service.json';

const APPOINTMENT = 'Were you able to get an appointment when you felt it was needed?';
const SEEN_IN_TIME = 'Were you seen within 15 minutes of your scheduled appointment time?';
const TESTS_SCHEDULED = 'Were you able to get tests and treatment scheduled in a reasonable timeframe?';
const CARE_PROVIDER = 'Care Provider';
const FEEDBACK = 'If you have any additional feedback or comments, please provide that here';
const FRIENDLINESS = 'Friendliness/courtesy of the care provider';

let text: string;
let report: InstrumentReport<'nl' | 'de' | 'it' | 'en'>;
let definition: object;

beforeAll(() => {
  text = readFileSync(FIXTURE, 'utf8');
  report = inspectInstrument(text, ['nl', 'de', 'it', 'en']);
  if (!report.definition) throw new Error('the fixture did not parse');
  definition = report.definition;
});

describe('the real medical-service questionnaire', () => {
  it('inspects without structural problems', () => {
    expect(report.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
  });

  it('reports Dutch and Italian as missing, German and English as complete', () => {
    expect(report.problems.map((problem) => [problem.code, problem.params.language])).toEqual([
      ['INSTRUMENT_MISSING_TRANSLATION', 'nl'],
      ['INSTRUMENT_MISSING_TRANSLATION', 'it'],
    ]);
    const { nl, de, it: italian, en } = report.translation;
    expect(de.missing).toEqual([]);
    expect(en.missing).toEqual([]);
    expect(nl.total).toBeGreaterThan(20);
    expect(nl.missing).toHaveLength(nl.total);
    expect(italian.missing).toHaveLength(italian.total);
    expect(nl.missing).toContainEqual({ path: 'pages[0].elements[0].title', context: APPOINTMENT });
    expect(nl.missing).toContainEqual({ path: 'pages[0].elements[0].choices[1].text', context: APPOINTMENT });
    expect(nl.missing).toContainEqual({ path: 'pages[1].elements[0].rows[0].text', context: CARE_PROVIDER });
    expect(nl.missing).toContainEqual({ path: 'pages[1].title', context: 'Quality of Service' });
    expect(languagesOffered(definition)).toEqual(['de', 'en']);
    expect(translationCompleteness(definition)).toEqual({ nl: 0, de: 1, it: 0, en: 1 });
  });

  it('has a data dictionary of its five questions in order, with German and English texts', () => {
    const dictionary = buildDataDictionary(definition);
    expect(dictionary.map((entry) => [entry.name, entry.type, entry.page])).toEqual([
      [APPOINTMENT, 'radiogroup', 'Scheduling / Service Delivery'],
      [SEEN_IN_TIME, 'radiogroup', 'Scheduling / Service Delivery'],
      [TESTS_SCHEDULED, 'radiogroup', 'Scheduling / Service Delivery'],
      [CARE_PROVIDER, 'matrix', 'Quality of Service'],
      [FEEDBACK, 'comment', 'Quality of Service'],
    ]);
    const [appointment] = dictionary;
    expect(appointment?.choices).toEqual([
      { value: 'yes', text: { en: 'Yes', de: 'Ja' } },
      { value: 'no', text: { en: 'No', de: 'Nein' } },
    ]);
    expect(appointment?.title.de).toMatch(/^Waren Sie in der Lage/);
    const matrix = dictionary[3];
    expect(matrix?.columns?.map((column) => column.value)).toEqual(['very poor', 'poor', 'fair', 'good', 'very good']);
    expect(matrix?.rows).toHaveLength(10);
    expect(matrix?.rows?.[0]).toEqual({ value: FRIENDLINESS, text: { en: FRIENDLINESS, de: 'Freundlichkeit / Höflichkeit des Pflegeanbieters' } });
    expect(dictionary.every((entry) => !entry.required && Object.keys(entry.tags).length === 0)).toBe(true);
  });

  it('accepts a plausible complete response unchanged', () => {
    const rows = buildDataDictionary(definition)[3]?.rows ?? [];
    const data = {
      [APPOINTMENT]: 'yes',
      [SEEN_IN_TIME]: 'no',
      [TESTS_SCHEDULED]: 'yes',
      [CARE_PROVIDER]: Object.fromEntries(rows.map((row, index) => [String(row.value), ['good', 'very good', 'fair'][index % 3]])),
      [FEEDBACK]: 'The waiting room was crowded, the doctor was kind.',
    };
    expect(validateResponse(definition, data, 'completed')).toEqual({ ok: true, errors: [], warnings: [], data });
  });

  it('refuses an invalid response and keeps only what is valid', () => {
    const data = {
      [APPOINTMENT]: 'maybe',
      [SEEN_IN_TIME]: true,
      [CARE_PROVIDER]: { [FRIENDLINESS]: 'excellent', 'Parking': 'good' },
      [FEEDBACK]: 42,
      'Overall rating': 5,
    };
    const result = validateResponse(definition, data, 'completed');
    expect(result.ok).toBe(false);
    expect(result.errors.map((issue) => [issue.question, issue.rule])).toEqual([
      [APPOINTMENT, 'not_in_choices'],
      [SEEN_IN_TIME, 'wrong_type'],
      [CARE_PROVIDER, 'not_in_choices'],
      [CARE_PROVIDER, 'unknown_question'],
      [FEEDBACK, 'wrong_type'],
      ['Overall rating', 'unknown_question'],
    ]);
    expect(result.data).toEqual({});
  });

  it('accepts a partial response while in progress', () => {
    const result = validateResponse(definition, { [APPOINTMENT]: 'yes' }, 'in_progress');
    expect(result).toEqual({ ok: true, errors: [], warnings: [], data: { [APPOINTMENT]: 'yes' } });
  });

  it('still parses the same text the same way (the fixture is read, not copied)', () => {
    expect(JSON.parse(text)).toEqual(definition);
  });
});
