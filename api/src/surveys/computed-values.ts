import { QuestionExpressionModel, QuestionPanelDynamicModel } from 'survey-core';
import { isEmptyAnswer, isPlainObject, isSafeJson, type JsonRecord } from './json-values.js';
import type { ResponseSchema } from './response-schema.js';

/**
 * Adds what survey-core computes from the settled answers and SurveyJS saves with them: visible
 * expression questions (also inside dynamic panels) and calculated values marked
 * `includeIntoResult`. Client-sent values for these keys were ignored; these replace them.
 * Expects the Model to hold `data` already (see settleVisibility).
 */
export function withComputedValues(schema: ResponseSchema, data: JsonRecord): JsonRecord {
  const result: JsonRecord = { ...data };
  const { model } = schema;
  for (const [key, questions] of schema.questions) {
    for (const question of questions) {
      if (question instanceof QuestionExpressionModel && question.isVisible && question.isParentVisible) store(result, key, question.value);
      if (question instanceof QuestionPanelDynamicModel) addPanelExpressions(question, key, result);
    }
  }
  for (const calculated of model.calculatedValues) {
    if (calculated.includeIntoResult && calculated.name) store(result, calculated.name, calculated.value);
  }
  return result;
}

function addPanelExpressions(question: QuestionPanelDynamicModel, key: string, result: JsonRecord): void {
  const items = result[key];
  if (!Array.isArray(items)) return;
  result[key] = items.map((item: unknown, index) => {
    const panel = question.panels[index];
    if (!panel || !isPlainObject(item)) return item;
    const copy: JsonRecord = { ...item };
    for (const inner of panel.questions) {
      if (inner instanceof QuestionExpressionModel && inner.isVisible && inner.isParentVisible) store(copy, inner.getValueName(), inner.value);
    }
    return copy;
  });
}

function store(target: JsonRecord, key: string, computed: unknown): void {
  if (!isEmptyAnswer(computed) && isSafeJson(computed)) target[key] = structuredClone(computed);
}
