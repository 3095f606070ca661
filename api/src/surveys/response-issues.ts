/**
 * Why an answer was refused or dropped. Each rule is meant to be rendered from
 * locales/<lng>/errors.json (for example under `responses.<rule>`) with its params.
 *
 * - `unknown_question`: the key names no question of this version (also `__proto__` & co.).
 * - `not_visible`: the question is hidden (visibleIf of itself, its panel or page) or disabled
 *   (enableIf / readOnly) given the other answers; `params.reason` is `hidden`, `read_only` or
 *   `other_not_selected` (an "other" text without "other" chosen).
 * - `not_in_choices`: a value that is not one of the question's choices, rows or columns.
 * - `out_of_range`: a number outside min/max or off the step grid, too many selections or rows.
 * - `wrong_type`: the value has the wrong JSON type (string for a rating, number for a checkbox …).
 * - `required`: a visible required question is unanswered (completed responses only).
 * - `too_long`: a text longer than the question's maxLength (default 10 000 characters).
 * - `invalid`: survey-core's own validation failed (validators, min selections, all rows …), or a
 *   structural rule (duplicates in a multi-select, a ranking that is not a permutation);
 *   `params.detail` holds survey-core's English message where there is one.
 * - `payload_too_large`: the serialized response exceeds the byte limit; nothing else was checked.
 */
export const RESPONSE_RULES = [
  'unknown_question',
  'not_visible',
  'not_in_choices',
  'out_of_range',
  'wrong_type',
  'required',
  'too_long',
  'invalid',
  'payload_too_large',
] as const;
export type ResponseRule = (typeof RESPONSE_RULES)[number];

export type IssueParams = Record<string, string | number>;

export interface ResponseIssue {
  /** The top-level data key concerned ('' for the response as a whole). */
  question: string;
  rule: ResponseRule;
  /** Details; `path` locates a nested value, e.g. `household[1].age` or `care.row1`. */
  params?: IssueParams;
}

/** An issue found below a question, located by `path` relative to the checked value ('' = itself). */
export interface LocalIssue {
  rule: ResponseRule;
  path: string;
  params?: IssueParams;
  /**
   * Set for answers that are well formed but do not apply (a hidden question, an "other" text
   * without "other"): refused on completed responses, dropped with a warning while in progress.
   */
  soft?: true;
}

/** Scalar values are echoed in params, shortened; anything else is described by its type. */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') return value.length > 64 ? `${value.slice(0, 61)}...` : value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value === null) return 'null';
  return Array.isArray(value) ? 'array' : typeof value;
}

export function jsonType(value: unknown): string {
  if (value === null) return 'null';
  return Array.isArray(value) ? 'array' : typeof value;
}
