import { checkChoiceItem, checkChoiceList, type Checked } from './choice-checks.js';
import { isEmptyAnswer, isForbiddenKey, isForeignScalar, isPlainObject, isSafeJson, scalarKey, type JsonRecord } from './json-values.js';
import { describeValue, jsonType, type IssueParams, type LocalIssue } from './response-issues.js';
import type { FieldRule, Scope, ValueSpec } from './value-spec.js';

export type { Checked } from './choice-checks.js';

/** An issue of one key of a record; `path` continues below that key ('' = the key's value). */
export interface KeyedIssue extends LocalIssue {
  key: string;
}

export interface RecordCheck {
  value: JsonRecord;
  issues: KeyedIssue[];
}

/**
 * `null` (and `undefined`) mean "no answer" and are dropped silently; other empty values ('' [] {})
 * are type-checked like any value and then not stored.
 */
function isNoAnswer(value: unknown): boolean {
  return value === null || value === undefined;
}

/** Numbers on a step grid are compared with this tolerance (0.1 + 0.2 is on a 0.1 grid). */
const EPSILON = 1e-9;
const FILE_KEYS: ReadonlySet<string> = new Set(['name', 'type', 'content']);

/**
 * Checks one answer against its question's value shape and returns what may be stored. Pure: no
 * survey-core, no visibility. Issues carry paths relative to the value (`[2]`, `.row1`, `[0].age`).
 */
export function checkValue(spec: ValueSpec, value: unknown): Checked {
  switch (spec.kind) {
    case 'single':
      return checkChoiceItem(spec.choice, value, '');
    case 'multiple':
      return checkChoiceList(spec.choice, value, spec);
    case 'ranking':
      return checkRanking(spec, value);
    case 'rating':
      return checkRating(spec, value);
    case 'number':
      return checkNumber(spec, value, '');
    case 'number-pair':
      return checkNumberPair(spec, value);
    case 'text':
      return checkText(spec.maxLength, value, '');
    case 'boolean':
      return checkBoolean(spec.values, value);
    case 'matrix':
      return checkMatrix(spec, value);
    case 'record':
      return isPlainObject(value) ? nest(checkRecord(spec.scope, value)) : wrongType('object', value);
    case 'keyed-rows':
      return checkKeyedRows(spec.rows, spec.row, value);
    case 'list':
      return checkList(spec.item, spec.maxItems, value);
    case 'files':
      return checkFiles(spec.multiple, value);
    case 'computed':
      return { issues: [] };
    case 'any':
      return isSafeJson(value) ? { value, issues: [] } : wrongType('json', value);
  }
}

/**
 * Checks every key of an object of answers (the survey's data, a dynamic panel, a matrix row):
 * unknown and prototype-polluting keys are refused, empty answers and computed values are left
 * out, `-Comment` keys are accepted for comment boxes and for "other" texts when "other" is chosen.
 */
export function checkRecord(scope: Scope, record: JsonRecord): RecordCheck {
  const value: JsonRecord = {};
  const issues: KeyedIssue[] = [];
  const comments: string[] = [];
  for (const key of Object.keys(record)) {
    if (isForbiddenKey(key)) {
      issues.push({ key, rule: 'unknown_question', path: '' });
      continue;
    }
    const fields = scope.fields.get(key);
    if (!fields) {
      if (scope.comments.has(key)) comments.push(key);
      else issues.push({ key, rule: 'unknown_question', path: '' });
      continue;
    }
    const answer = record[key];
    if (isNoAnswer(answer) || fields.every((field) => field.spec.kind === 'computed')) continue;
    const checked = checkAgainstAny(fields, answer);
    if (!isEmptyAnswer(checked.value)) value[key] = checked.value;
    for (const issue of checked.issues) issues.push({ ...issue, key });
  }
  for (const key of comments) checkComment(scope, record, value, key, issues);
  return { value, issues };
}

/** Questions sharing a `valueName`: the answer must suit at least one of them. */
function checkAgainstAny(fields: readonly FieldRule[], answer: unknown): Checked {
  let first: Checked | undefined;
  for (const field of fields) {
    const checked = checkValue(field.spec, answer);
    if (checked.issues.length === 0) return checked;
    first ??= checked;
  }
  return first ?? { issues: [] };
}

function checkComment(scope: Scope, record: JsonRecord, value: JsonRecord, key: string, issues: KeyedIssue[]): void {
  const rule = scope.comments.get(key);
  const comment = record[key];
  if (!rule || isNoAnswer(comment)) return;
  const checked = checkText(rule.maxLength, comment, '');
  if (checked.value === undefined || checked.value === '') {
    for (const issue of checked.issues) issues.push({ ...issue, key });
    return;
  }
  if (rule.purpose === 'other' && !selects(value[rule.owner], rule.otherValue)) {
    issues.push({ key, rule: 'not_visible', path: '', params: { reason: 'other_not_selected' }, soft: true });
    return;
  }
  value[key] = checked.value;
}

function selects(answer: unknown, choice: string | number | undefined): boolean {
  if (choice === undefined) return false;
  const items: unknown[] = Array.isArray(answer) ? answer : [answer];
  return items.some((item) => item === choice || (isPlainObject(item) && item.value === choice));
}

function nest(checked: RecordCheck, prefix = ''): Checked {
  const issues = checked.issues.map(({ key, path, ...issue }) => ({ ...issue, path: `${prefix}.${key}${path}` }));
  return { value: checked.value, issues };
}

function wrongType(expected: string, value: unknown, path = ''): Checked {
  return { issues: [{ rule: 'wrong_type', path, params: { expected, actual: jsonType(value) } }] };
}

function onGrid(value: number, origin: number, step: number): boolean {
  const steps = (value - origin) / step;
  return Math.abs(steps - Math.round(steps)) < EPSILON * Math.max(1, Math.abs(steps));
}

function bounds(spec: { min?: number; max?: number; step?: number }): IssueParams {
  const params: IssueParams = {};
  if (spec.min !== undefined) params.min = spec.min;
  if (spec.max !== undefined) params.max = spec.max;
  if (spec.step !== undefined) params.step = spec.step;
  return params;
}

function checkRating(spec: Extract<ValueSpec, { kind: 'rating' }>, value: unknown): Checked {
  if (spec.min !== undefined) {
    if (typeof value !== 'number' || !Number.isFinite(value)) return wrongType('number', value);
    const match = spec.values.find((allowed) => typeof allowed === 'number' && Math.abs(allowed - value) < EPSILON);
    if (match !== undefined) return { value: match, issues: [] };
    return { issues: [{ rule: 'out_of_range', path: '', params: { ...bounds(spec), value } }] };
  }
  const key = scalarKey(value);
  if (key === undefined || typeof value === 'boolean') return wrongType(typeof spec.values[0] === 'number' ? 'number' : 'string', value);
  const match = spec.values.find((allowed) => scalarKey(allowed) === key);
  return match !== undefined ? { value: match, issues: [] } : { issues: [{ rule: 'not_in_choices', path: '', params: { value: describeValue(value) } }] };
}

function checkNumber(spec: { min?: number; max?: number; step?: number }, value: unknown, path: string): Checked {
  if (typeof value !== 'number' || !Number.isFinite(value)) return wrongType('number', value, path);
  const below = spec.min !== undefined && value < spec.min;
  const above = spec.max !== undefined && value > spec.max;
  const offGrid = spec.step !== undefined && spec.step > 0 && !onGrid(value, spec.min ?? 0, spec.step);
  if (below || above || offGrid) return { issues: [{ rule: 'out_of_range', path, params: { ...bounds(spec), value } }] };
  return { value, issues: [] };
}

function checkNumberPair(spec: { min?: number; max?: number; step?: number }, value: unknown): Checked {
  if (!Array.isArray(value) || value.length !== 2) return wrongType('number pair', value);
  const checked = value.map((item, index) => checkNumber(spec, item, `[${index}]`));
  const issues = checked.flatMap((result) => result.issues);
  if (issues.length > 0) return { issues };
  const [low, high] = value as [number, number];
  return low <= high ? { value: [low, high], issues: [] } : { issues: [{ rule: 'out_of_range', path: '', params: { ...bounds(spec), reason: 'reversed' } }] };
}

function checkText(maxLength: number, value: unknown, path: string): Checked {
  if (typeof value !== 'string') return wrongType('string', value, path);
  if (value.length > maxLength) return { issues: [{ rule: 'too_long', path, params: { maxLength, length: value.length } }] };
  return { value, issues: [] };
}

function checkBoolean(values: readonly (string | number | boolean)[], value: unknown): Checked {
  const key = scalarKey(value);
  const match = values.find((allowed) => scalarKey(allowed) === key);
  if (key !== undefined && match !== undefined) return { value: match, issues: [] };
  if (values.every((allowed) => typeof allowed === 'boolean')) return wrongType('boolean', value);
  return { issues: [{ rule: 'not_in_choices', path: '', params: { value: describeValue(value) } }] };
}

function checkRanking(spec: Extract<ValueSpec, { kind: 'ranking' }>, value: unknown): Checked {
  if (!Array.isArray(value)) return wrongType('array', value);
  const issues: LocalIssue[] = [];
  const seen = new Set<string>();
  value.forEach((item, index) => {
    const key = scalarKey(item);
    const path = `[${index}]`;
    if (key === undefined) issues.push({ rule: 'wrong_type', path, params: { expected: 'choice', actual: jsonType(item) } });
    else if (!spec.keys.has(key) && !(spec.open && typeof item !== 'boolean')) issues.push({ rule: 'not_in_choices', path, params: { value: describeValue(item) } });
    else if (seen.has(key)) issues.push({ rule: 'invalid', path, params: { reason: 'duplicate', value: describeValue(item) } });
    else seen.add(key);
  });
  if (issues.length === 0 && !spec.subset && !spec.open && seen.size !== spec.keys.size) {
    issues.push({ rule: 'invalid', path: '', params: { reason: 'incomplete_ranking', expected: spec.keys.size, count: seen.size } });
  }
  return issues.length > 0 ? { issues } : { value: value.map((item: unknown) => item), issues };
}

function checkMatrix(spec: Extract<ValueSpec, { kind: 'matrix' }>, value: unknown): Checked {
  if (!isPlainObject(value)) return wrongType('object', value);
  const kept: JsonRecord = {};
  const issues: LocalIssue[] = [];
  for (const row of Object.keys(value)) {
    const path = `.${row}`;
    const cell = value[row];
    if (isForbiddenKey(row) || !spec.rows.has(row)) {
      issues.push({ rule: 'unknown_question', path, params: { row } });
      continue;
    }
    if (isNoAnswer(cell)) continue;
    const checked = spec.multiple ? checkColumnList(spec.columns, cell, path) : checkColumn(spec.columns, cell, path);
    issues.push(...checked.issues);
    if (!isEmptyAnswer(checked.value)) kept[row] = checked.value;
  }
  return { value: kept, issues };
}

function checkColumn(columns: ReadonlySet<string>, cell: unknown, path: string): Checked {
  const key = scalarKey(cell);
  if (key === undefined || isForeignScalar(columns, key)) return wrongType('choice', cell, path);
  return columns.has(key) ? { value: cell, issues: [] } : { issues: [{ rule: 'not_in_choices', path, params: { value: describeValue(cell) } }] };
}

function checkColumnList(columns: ReadonlySet<string>, cell: unknown, path: string): Checked {
  if (!Array.isArray(cell)) return wrongType('array', cell, path);
  const seen = new Set<string>();
  const issues: LocalIssue[] = [];
  cell.forEach((item, index) => {
    const checked = checkColumn(columns, item, `${path}[${index}]`);
    const key = scalarKey(item);
    if (checked.issues.length > 0 || key === undefined) issues.push(...checked.issues);
    else if (seen.has(key)) issues.push({ rule: 'invalid', path: `${path}[${index}]`, params: { reason: 'duplicate' } });
    else seen.add(key);
  });
  return issues.length > 0 ? { issues } : { value: cell.map((item: unknown) => item), issues };
}

function checkKeyedRows(rows: ReadonlySet<string>, scope: Scope, value: unknown): Checked {
  if (!isPlainObject(value)) return wrongType('object', value);
  const kept: JsonRecord = {};
  const issues: LocalIssue[] = [];
  for (const row of Object.keys(value)) {
    const cells = value[row];
    if (isForbiddenKey(row) || !rows.has(row)) {
      issues.push({ rule: 'unknown_question', path: `.${row}`, params: { row } });
      continue;
    }
    if (isNoAnswer(cells)) continue;
    if (!isPlainObject(cells)) {
      issues.push(...wrongType('object', cells, `.${row}`).issues);
      continue;
    }
    const checked = nest(checkRecord(scope, cells), `.${row}`);
    issues.push(...checked.issues);
    if (isPlainObject(checked.value) && Object.keys(checked.value).length > 0) kept[row] = checked.value;
  }
  return { value: kept, issues };
}

/** Dynamic panels and dynamic matrix rows. Items keep their positions (panels are matched by index). */
function checkList(scope: Scope, maxItems: number | undefined, value: unknown): Checked {
  if (!Array.isArray(value)) return wrongType('array', value);
  if (maxItems !== undefined && value.length > maxItems) return { issues: [{ rule: 'out_of_range', path: '', params: { max: maxItems, count: value.length } }] };
  const issues: LocalIssue[] = [];
  const kept = value.map((item, index): JsonRecord => {
    if (!isPlainObject(item)) {
      issues.push(...wrongType('object', item, `[${index}]`).issues);
      return {};
    }
    const checked = nest(checkRecord(scope, item), `[${index}]`);
    issues.push(...checked.issues);
    return isPlainObject(checked.value) ? checked.value : {};
  });
  return { value: kept, issues };
}

function checkFiles(multiple: boolean, value: unknown): Checked {
  if (!Array.isArray(value)) return wrongType('array', value);
  if (!multiple && value.length > 1) return { issues: [{ rule: 'out_of_range', path: '', params: { max: 1, count: value.length } }] };
  const issues: LocalIssue[] = [];
  const kept: JsonRecord[] = [];
  value.forEach((file, index) => {
    const path = `[${index}]`;
    if (!isPlainObject(file)) {
      issues.push(...wrongType('object', file, path).issues);
      return;
    }
    const bad = Object.keys(file).filter((key) => !FILE_KEYS.has(key) || typeof file[key] !== 'string');
    if (bad.length > 0) {
      for (const key of bad) {
        if (FILE_KEYS.has(key)) issues.push(...wrongType('string', file[key], `${path}.${key}`).issues);
        else issues.push({ rule: 'unknown_question', path: `${path}.${key}` });
      }
      return;
    }
    kept.push({ ...file });
  });
  return kept.length > 0 ? { value: kept, issues } : { issues };
}
