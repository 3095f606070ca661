/**
 * Polyphony's analysis tags, carried on SurveyJS questions as custom properties so that linking a
 * question to a criterion needs no second mapping table. The web app registers them with its own
 * survey-core import through the same function, so both sides load and save identical JSON.
 *
 * This module imports nothing (not even survey-core) so any bundle can include it.
 */

/** The five criteria of meaningful AI. */
export const CRITERIA = ['accuracy', 'explainability', 'cost', 'interpretation', 'care_pathway'] as const;
export type Criterion = (typeof CRITERIA)[number];

/** The imaging tasks the benchmark measures. */
export const TASKS = ['characterisation', 'molecular', 'infiltration', 'progression'] as const;
export type Task = (typeof TASKS)[number];

/** What a question measures, which decides how analysis aggregates it. */
export const MEASURES = ['importance', 'threshold', 'attitude', 'experience'] as const;
export type Measure = (typeof MEASURES)[number];

export const SURVEY_TAG_VALUES = { criterion: CRITERIA, task: TASKS, measure: MEASURES } as const;
export type SurveyTagName = keyof typeof SURVEY_TAG_VALUES;
export const SURVEY_TAG_NAMES = Object.keys(SURVEY_TAG_VALUES) as SurveyTagName[];

export interface SurveyTags {
  criterion?: Criterion;
  task?: Task;
  measure?: Measure;
}

/** The SurveyJS class the tags are added to; every question type inherits them. */
export const TAGGED_CLASS = 'question';
const CATEGORY = 'polyphony';

export interface SurveyTagPropertyInfo {
  name: string;
  type: 'dropdown';
  choices: string[];
  category: string;
  displayName: string;
}

/**
 * The part of survey-core's `Serializer` this module needs. survey-core's own `Serializer`
 * satisfies it structurally, whichever copy of survey-core (server or browser bundle) it comes from.
 */
export interface SerializerLike {
  findProperty(className: string, propertyName: string): unknown;
  addProperty(className: string, propertyInfo: SurveyTagPropertyInfo): unknown;
}

const DISPLAY_NAMES: Record<SurveyTagName, string> = {
  criterion: 'Criterion (Polyphony)',
  task: 'Imaging task (Polyphony)',
  measure: 'Measure (Polyphony)',
};

/**
 * Adds `criterion`, `task` and `measure` to every question type. Idempotent: a property that is
 * already registered is left alone, so calling it twice (or from two modules) changes nothing.
 * Returns the names it added in this call.
 */
export function registerSurveyTags(serializer: SerializerLike): SurveyTagName[] {
  const added: SurveyTagName[] = [];
  for (const name of SURVEY_TAG_NAMES) {
    if (serializer.findProperty(TAGGED_CLASS, name)) continue;
    serializer.addProperty(TAGGED_CLASS, {
      name,
      type: 'dropdown',
      choices: [...SURVEY_TAG_VALUES[name]],
      category: CATEGORY,
      displayName: DISPLAY_NAMES[name],
    });
    added.push(name);
  }
  return added;
}

export function isSurveyTagValue<T extends SurveyTagName>(tag: T, value: unknown): value is NonNullable<SurveyTags[T]> {
  return typeof value === 'string' && (SURVEY_TAG_VALUES[tag] as readonly string[]).includes(value);
}

/** The valid tags of one question's JSON; invalid or absent ones are left out. */
export function readSurveyTags(element: Readonly<Record<string, unknown>>): SurveyTags {
  const tags: SurveyTags = {};
  if (isSurveyTagValue('criterion', element.criterion)) tags.criterion = element.criterion;
  if (isSurveyTagValue('task', element.task)) tags.task = element.task;
  if (isSurveyTagValue('measure', element.measure)) tags.measure = element.measure;
  return tags;
}
