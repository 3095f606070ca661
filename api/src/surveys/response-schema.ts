import { PanelModelBase, type Model, type Question } from 'survey-core';
import { mayFailInSurveyCore, modelKeys, type ModelKeys } from './model-keys.js';
import { createSurveyModel } from './survey-model.js';
import { buildScope } from './value-spec-builder.js';
import type { FieldRule, Scope } from './value-spec.js';

/** Everything response validation needs about one definition, built once and reused. */
export interface ResponseSchema {
  /**
   * survey-core's Model of the definition, reused for every response of it: validation sets its
   * data, reads visibility and errors, and never yields in between, so responses cannot mix.
   */
  model: Model;
  /** Accepted keys of the response data and the shape of each value. */
  scope: Scope;
  /** Top-level data key → the Model's questions storing there (for visibility). */
  questions: ReadonlyMap<string, readonly Question[]>;
  /** The answers the Model needs to decide visibility, and to run survey-core's validation. */
  modelKeys: ModelKeys;
  /** Top-level questions survey-core's validation could fault; the others are not asked. */
  validated: readonly Question[];
  /** Panels that must have an answer (isRequired or requiredIf), visible or not. */
  requiredPanels: readonly PanelModelBase[];
}

const byDefinition = new WeakMap<object, ResponseSchema>();
const byKey = new Map<string, ResponseSchema>();
/** Published versions in active use at once; the least recently used key is evicted beyond this. */
const MAX_KEYED_SCHEMAS = 64;

/**
 * The schema of `definition`, cached per definition object (WeakMap) and, when `cacheKey` is given
 * (say a version id or checksum), per key as well, so definitions re-read from the database for
 * every request still reuse one Model. A definition must not be mutated once validated against.
 */
export function responseSchema(definition: object, cacheKey?: string): ResponseSchema {
  const cached = byDefinition.get(definition) ?? (cacheKey === undefined ? undefined : byKey.get(cacheKey));
  const schema = cached ?? buildResponseSchema(definition);
  byDefinition.set(definition, schema);
  if (cacheKey !== undefined) {
    byKey.delete(cacheKey);
    byKey.set(cacheKey, schema);
    const oldest = byKey.size > MAX_KEYED_SCHEMAS ? byKey.keys().next().value : undefined;
    if (oldest !== undefined) byKey.delete(oldest);
  }
  return schema;
}

export function buildResponseSchema(definition: object): ResponseSchema {
  const model = createSurveyModel(definition);
  // The Model only mirrors answers: it must not change them (triggers, clearing on hide), check
  // them on every change, or treat hidden questions as visible (a definition left in debug mode).
  model.triggers = [];
  model.clearInvisibleValues = 'none';
  model.checkErrorsMode = 'onComplete';
  model.showInvisibleElements = false;
  const topLevel = model.getAllQuestions(false, false, false);
  const lookup = (name: string): Question | null => model.getQuestionByName(name);
  const base = buildScope(topLevel.map((question) => ({ question })), lookup);
  const fields = new Map<string, readonly FieldRule[]>(base.fields);
  for (const calculated of model.calculatedValues) {
    // Calculated values saved with the results are recomputed here, never taken from the client.
    if (calculated.includeIntoResult && calculated.name && !fields.has(calculated.name)) {
      fields.set(calculated.name, [{ name: calculated.name, type: 'calculatedvalue', spec: { kind: 'computed' } }]);
    }
  }
  const questions = new Map<string, Question[]>();
  for (const question of topLevel) {
    const key = question.getValueName();
    questions.set(key, [...(questions.get(key) ?? []), question]);
  }
  const answerKeys = [...base.fields].filter(([, rules]) => rules.some((rule) => rule.spec.kind !== 'computed')).map(([key]) => key);
  answerKeys.push(...base.comments.keys());
  const scope: Scope = { fields, comments: base.comments };
  const validated = topLevel.filter(mayFailInSurveyCore);
  const requiredPanels = model.getAllPanels(false, false).filter((panel): panel is PanelModelBase => panel instanceof PanelModelBase && (panel.isRequired || Boolean(panel.requiredIf)));
  return { model, scope, questions, modelKeys: modelKeys(definition, scope, questions, answerKeys), validated, requiredPanels };
}
