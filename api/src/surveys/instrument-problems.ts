/**
 * What can be wrong with an instrument definition. Each code is meant to be rendered from
 * locales/<lng>/errors.json with its params, so the API can explain it in the author's language.
 */
export const INSTRUMENT_PROBLEM_CODES = [
  'INSTRUMENT_JSON_UNPARSEABLE',
  'INSTRUMENT_NOT_A_SURVEY',
  'INSTRUMENT_UNKNOWN_QUESTION_TYPE',
  'INSTRUMENT_DUPLICATE_NAME',
  'INSTRUMENT_CHOICE_WITHOUT_VALUE',
  'INSTRUMENT_MISSING_NAME',
  'INSTRUMENT_INVALID_TAG',
  'INSTRUMENT_MISSING_TRANSLATION',
] as const;
export type InstrumentProblemCode = (typeof INSTRUMENT_PROBLEM_CODES)[number];

/** `error` blocks publishing; `warning` is shown but does not (today: missing translations only). */
export type ProblemSeverity = 'error' | 'warning';

/**
 * Params used by the codes (strings or numbers so they interpolate directly):
 * - every code: `path` (JSON path in the definition), and `question` (the question concerned, or
 *   the question owning the column/item/choice) where there is one;
 * - UNPARSEABLE / NOT_A_SURVEY: `detail` (the parser's message or what is wrong);
 * - UNKNOWN_QUESTION_TYPE, MISSING_NAME: `type` ('column' / 'item' for matrix columns and
 *   multiple-text items);
 * - DUPLICATE_NAME: `type`, `detail` (path of the first element with that name), `value` (the
 *   duplicated column/item name);
 * - INVALID_TAG: `tag`, `value`;
 * - MISSING_TRANSLATION: `language`, `missing`, `total`, and `path`/`question` of the first one.
 */
export type InstrumentProblemParams = Record<string, string | number>;

export interface InstrumentProblem {
  code: InstrumentProblemCode;
  severity: ProblemSeverity;
  params: InstrumentProblemParams;
}

export function instrumentError(code: Exclude<InstrumentProblemCode, 'INSTRUMENT_MISSING_TRANSLATION'>, params: InstrumentProblemParams): InstrumentProblem {
  return { code, severity: 'error', params };
}
