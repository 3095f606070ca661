import { QuestionPanelDynamicModel, settings, type PanelModel, type Question } from 'survey-core';
import { isPlainObject, jsonEquals, type JsonRecord } from './json-values.js';
import type { ResponseSchema } from './response-schema.js';
import { loadAnswers } from './survey-model-sync.js';

/** An answer that does not apply given the other answers. */
export interface Exclusion {
  key: string;
  /** Position inside a dynamic panel, when the excluded answer is nested. */
  nested?: { index: number; key: string };
  reason: 'hidden' | 'read_only';
}

export interface SettledAnswers {
  data: JsonRecord;
  excluded: Exclusion[];
}

/**
 * Removes answers to questions that survey-core shows as hidden (their own visibleIf, their
 * panel's or page's) or disabled (enableIf, readOnly; unless the value is the question's own
 * default), evaluated with the answers of the response itself. Repeats until nothing changes, because removing an
 * answer can hide further questions (a follow-up of a follow-up). Also covers questions inside
 * dynamic panels (`{panel.x}` conditions). Leaves the Model holding the settled data: the answers
 * conditions read, and on completion also those survey-core's validation needs.
 */
export function settleVisibility(schema: ResponseSchema, answers: JsonRecord, status: 'in_progress' | 'completed'): SettledAnswers {
  const keys = status === 'completed' ? schema.modelKeys.completion : schema.modelKeys.visibility;
  let data: JsonRecord = { ...answers };
  const excluded: Exclusion[] = [];
  const maxRounds = Object.keys(data).length + 1;
  for (let round = 0; round <= maxRounds; round += 1) {
    loadAnswers(schema, data, keys);
    const found = findExclusions(schema, data);
    if (found.length === 0) break;
    data = without(data, found);
    excluded.push(...found);
  }
  return { data, excluded };
}

/** Shown by survey-core given the answers on the Model: its own, its panel's and its page's visibility. */
export function isShown(question: Question): boolean {
  const fixed = fixedState(question);
  return fixed ? fixed.shown : question.isVisible && question.isParentVisible;
}

function isReadOnly(question: Question): boolean {
  const fixed = fixedState(question);
  return fixed ? fixed.readOnly : question.isReadOnly;
}

/**
 * Whether a question is shown and editable can only depend on the answers through conditions
 * (visibleIf, enableIf, hide-if-empty choices or rows, choices from another question) on the question or
 * on a panel or page around it. For a question without any of them the state is read from
 * survey-core once per cached Model and reused: asking survey-core again costs most of a
 * validation's time and would give the same answer. (Triggers cannot change it: the validating
 * Model has none, see buildResponseSchema.)
 */
const fixedStates = new WeakMap<Question, { shown: boolean; readOnly: boolean } | null>();

function fixedState(question: Question): { shown: boolean; readOnly: boolean } | null {
  let state = fixedStates.get(question);
  if (state === undefined) {
    state = dependsOnAnswers(question) ? null : { shown: question.isVisible && question.isParentVisible, readOnly: question.isReadOnly };
    fixedStates.set(question, state);
  }
  return state;
}

const QUESTION_CONDITIONS = ['hideIfChoicesEmpty', 'hideIfRowsEmpty', 'choicesFromQuestion'] as const;

function dependsOnAnswers(question: Question): boolean {
  // Questions inside dynamic panels are rebuilt with every answer set; never cached.
  if (question.parentQuestion) return true;
  const record = question as unknown as Record<string, unknown>;
  if (QUESTION_CONDITIONS.some((property) => Boolean(record[property]))) return true;
  type Conditional = { visibleIf?: string; enableIf?: string; parent?: unknown };
  for (let element = question as unknown as Conditional | undefined; element; element = element.parent as Conditional | undefined) {
    if (element.visibleIf || element.enableIf) return true;
  }
  return false;
}

/** A disabled question may hold only what the definition itself puts there. */
function acceptsWhileDisabled(question: Question, value: unknown): boolean {
  if (question.defaultValueExpression || question.setValueExpression) return true;
  const defaultValue: unknown = question.defaultValue;
  return jsonEquals(defaultValue, value);
}

function findExclusions(schema: ResponseSchema, data: JsonRecord): Exclusion[] {
  const found: Exclusion[] = [];
  for (const key of Object.keys(data)) {
    const comment = schema.scope.comments.get(key);
    const questions = schema.questions.get(comment ? comment.owner : key);
    if (!questions) continue; // calculated values
    if (!questions.some(isShown)) {
      found.push({ key, reason: 'hidden' });
      continue;
    }
    if (comment) continue; // a comment box follows its question
    if (questions.every(isReadOnly) && !questions.some((question) => acceptsWhileDisabled(question, data[key]))) {
      found.push({ key, reason: 'read_only' });
      continue;
    }
    for (const question of questions) {
      if (question instanceof QuestionPanelDynamicModel) found.push(...panelExclusions(question, key, data[key]));
    }
  }
  return found;
}

function panelExclusions(question: QuestionPanelDynamicModel, key: string, value: unknown): Exclusion[] {
  if (!Array.isArray(value)) return [];
  const found: Exclusion[] = [];
  const panels: PanelModel[] = question.panels;
  value.forEach((item, index) => {
    const panel = panels[index];
    if (!panel || !isPlainObject(item)) return;
    for (const innerKey of Object.keys(item)) {
      const owners = panel.questions.filter((inner) => inner.getValueName() === innerKey || inner.getValueName() + settings.commentSuffix === innerKey);
      if (owners.length > 0 && !owners.some(isShown)) found.push({ key, nested: { index, key: innerKey }, reason: 'hidden' });
    }
  });
  return found;
}

function without(data: JsonRecord, exclusions: readonly Exclusion[]): JsonRecord {
  const next: JsonRecord = { ...data };
  for (const exclusion of exclusions) {
    if (!exclusion.nested) {
      delete next[exclusion.key];
      continue;
    }
    const list = next[exclusion.key];
    if (!Array.isArray(list)) continue;
    const { index, key } = exclusion.nested;
    next[exclusion.key] = list.map((item: unknown, position) => {
      if (position !== index || !isPlainObject(item)) return item;
      const copy: JsonRecord = { ...item };
      delete copy[key];
      return copy;
    });
  }
  return next;
}
