import { isEmptyAnswer, jsonEquals, type JsonRecord } from './json-values.js';
import type { ResponseSchema } from './response-schema.js';

/** survey-core's `locNotification`: store the value and update its questions, nothing else. */
const QUIET = true;

/**
 * Makes the cached Model hold exactly `answers` under `keys` (see model-keys.ts), then re-runs its
 * conditions once if an answer they read changed. Only keys that
 * differ from what the Model holds are written, quietly (no triggers, no per-change condition run,
 * no notifications); assigning `model.data` instead would rebuild every question and cost several
 * times more. `setValue` copies what it stores, so the caller's objects are never touched.
 */
export function loadAnswers(schema: ResponseSchema, answers: JsonRecord, keys: readonly string[]): void {
  const { model } = schema;
  let changed = false;
  for (const key of keys) {
    const wanted = Object.hasOwn(answers, key) ? answers[key] : undefined;
    const held: unknown = model.getValue(key);
    if (isEmptyAnswer(wanted) ? isEmptyAnswer(held) : jsonEquals(wanted, held)) continue;
    const comment = schema.scope.comments.get(key);
    // Comments go through setComment so the question's comment (and "other" text) follows.
    if (comment) model.setComment(comment.owner, typeof wanted === 'string' ? wanted : '', QUIET);
    else model.setValue(key, isEmptyAnswer(wanted) ? undefined : wanted, QUIET);
    // Conditions only read referenced answers; others need no re-run (that costs the most).
    changed ||= schema.modelKeys.conditionInputs.has(key);
  }
  if (changed) model.runExpressions();
}
