import { withComputedValues } from './computed-values.js';
import { isPlainObject } from './json-values.js';
import { jsonByteLength } from './payload-size.js';
import { jsonType, type LocalIssue, type ResponseIssue } from './response-issues.js';
import { responseSchema } from './response-schema.js';
import { settleVisibility, type Exclusion } from './response-visibility.js';
import { surveyCoreIssues } from './survey-core-errors.js';
import { checkRecord } from './value-checks.js';

export { RESPONSE_RULES, type ResponseIssue, type ResponseRule } from './response-issues.js';

export type ResponseStatus = 'in_progress' | 'completed';

export interface ValidateResponseOptions {
  /** Largest accepted response, as UTF-8 JSON. Default 256 KiB. */
  maxBytes?: number;
  /**
   * A stable identity of the definition (version id or checksum). With it, definitions re-read from
   * the database share one cached Model; without it the cache is per definition object.
   */
  cacheKey?: string;
}

export interface ResponseValidation {
  /** `errors.length === 0`: the response may be stored (as `data`). */
  ok: boolean;
  errors: ResponseIssue[];
  /** Answers that were dropped from `data` but did not make the response fail. */
  warnings: ResponseIssue[];
  /** What may be stored: only valid answers to visible questions, plus server-computed values. */
  data: Record<string, unknown>;
}

export const DEFAULT_MAX_RESPONSE_BYTES = 256 * 1024;
/** A hostile payload of thousands of unknown keys gets this many issues back, not thousands. */
export const MAX_REPORTED_ISSUES = 200;

/**
 * Validates response data against the exact definition it answers, with survey-core plus the
 * checks survey-core leaves out (values outside a scale or the choices, answers to hidden
 * questions, unknown keys). Deterministic; synchronous; no I/O.
 *
 * - `in_progress`: shape, type and range errors fail; answers that do not apply (hidden or
 *   disabled questions, "other" texts without "other") are dropped with a warning.
 * - `completed`: additionally, answers that do not apply fail, and survey-core's own validation
 *   runs (required, validators …).
 */
export function validateResponse(definition: object, data: unknown, status: ResponseStatus, options: ValidateResponseOptions = {}): ResponseValidation {
  if (!isPlainObject(data)) return refused({ question: '', rule: 'wrong_type', params: { expected: 'object', actual: jsonType(data) } });
  const bytes = jsonByteLength(data);
  if (bytes === undefined) return refused({ question: '', rule: 'wrong_type', params: { expected: 'json' } });
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
  if (bytes > maxBytes) return refused({ question: '', rule: 'payload_too_large', params: { maxBytes, bytes } });

  const schema = responseSchema(definition, options.cacheKey);
  const completed = status === 'completed';
  const errors: ResponseIssue[] = [];
  const warnings: ResponseIssue[] = [];
  const failed = new Set<string>();

  const checked = checkRecord(schema.scope, data);
  for (const { key, ...issue } of checked.issues) {
    const target = issue.soft && !completed ? warnings : errors;
    target.push(toResponseIssue(key, issue));
    failed.add(key);
  }

  const settled = settleVisibility(schema, checked.value, status);
  for (const exclusion of settled.excluded) {
    (completed ? errors : warnings).push(exclusionIssue(exclusion));
    failed.add(exclusion.key);
  }

  const stored = withComputedValues(schema, settled.data);
  if (completed) {
    for (const issue of surveyCoreIssues(schema)) if (!failed.has(issue.question)) errors.push(issue);
  }
  return { ok: errors.length === 0, errors: errors.slice(0, MAX_REPORTED_ISSUES), warnings: warnings.slice(0, MAX_REPORTED_ISSUES), data: stored };
}

function refused(issue: ResponseIssue): ResponseValidation {
  return { ok: false, errors: [issue], warnings: [], data: {} };
}

function toResponseIssue(key: string, issue: LocalIssue): ResponseIssue {
  const params = { ...issue.params, ...(issue.path === '' ? {} : { path: `${key}${issue.path}` }) };
  return Object.keys(params).length > 0 ? { question: key, rule: issue.rule, params } : { question: key, rule: issue.rule };
}

function exclusionIssue(exclusion: Exclusion): ResponseIssue {
  const params: Record<string, string> = { reason: exclusion.reason };
  if (exclusion.nested) params.path = `${exclusion.key}[${exclusion.nested.index}].${exclusion.nested.key}`;
  return { question: exclusion.key, rule: 'not_visible', params };
}

