/** Plain JSON helpers shared by the survey modules: no survey-core, no I/O. */

export type JsonRecord = Record<string, unknown>;

/**
 * Keys that must never become own properties of stored data: assigning them with `obj[key] = …`
 * changes the prototype chain, and downstream code (lodash merges, template engines) trips on them.
 */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

export function isForbiddenKey(key: string): boolean {
  return FORBIDDEN_KEYS.has(key);
}

/** An object literal or `JSON.parse` result: not an array, not null, not a class instance. */
export function isPlainObject(value: unknown): value is JsonRecord {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** `value` as a list of plain objects, skipping anything else; `[]` when it is no array. */
export function objectItems(value: unknown): JsonRecord[] {
  return Array.isArray(value) ? value.filter(isPlainObject) : [];
}

export function nonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

/** SurveyJS's notion of "no answer": undefined, null, '', [] or {}. */
export function isEmptyAnswer(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'string') return value === '';
  if (Array.isArray(value)) return value.length === 0;
  if (isPlainObject(value)) return Object.keys(value).length === 0;
  return false;
}

/**
 * A stable identity for a choice value that keeps `1` and `'1'` apart: answers must carry the
 * value exactly as the definition declares it.
 */
export function scalarKey(value: unknown): string | undefined {
  if (typeof value === 'string') return `s:${value}`;
  if (typeof value === 'number') return Number.isFinite(value) ? `n:${value}` : undefined;
  if (typeof value === 'boolean') return `b:${value}`;
  return undefined;
}

/** True when no allowed key has the JSON type of `key` (say a boolean among string choices). */
export function isForeignScalar(allowed: ReadonlySet<string>, key: string): boolean {
  const prefix = key.slice(0, 2);
  for (const candidate of allowed) if (candidate.startsWith(prefix)) return false;
  return allowed.size > 0;
}

/** Structural equality of JSON values (key order ignored). */
export function jsonEquals(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((item, i) => jsonEquals(item, b[i]));
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((key) => Object.hasOwn(b, key) && jsonEquals(a[key], b[key]));
  }
  return false;
}

/**
 * True when `value` is data JSON could have produced: plain objects, arrays, strings, finite
 * numbers, booleans and null, with no prototype-polluting key anywhere. Depth is bounded.
 */
export function isSafeJson(value: unknown, depth = 0): boolean {
  if (depth > 32) return false;
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.every((item) => isSafeJson(item, depth + 1));
  if (!isPlainObject(value)) return false;
  return Object.keys(value).every((key) => !isForbiddenKey(key) && isSafeJson(value[key], depth + 1));
}
