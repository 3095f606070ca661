import {
  ChoiceItem,
  PanelModelBase,
  QuestionBooleanModel,
  QuestionCheckboxModel,
  QuestionCommentModel,
  QuestionExpressionModel,
  QuestionMatrixModel,
  QuestionPanelDynamicModel,
  QuestionRankingModel,
  QuestionRatingModel,
  QuestionSelectBase,
  QuestionSliderModel,
  QuestionTextModel,
  type Question,
} from 'survey-core';
import { isReferenced, referencedVariables } from './expression-variables.js';
import type { Scope } from './value-spec.js';

/**
 * Which answers the cached Model must hold. Writing a value into survey-core is its costliest step
 * (each question rebuilds derived state), so only answers that can change a verdict go in:
 * for visibility, those any expression reads; for completion, also those survey-core's own
 * validation can object to (required, validators, "other" texts, containers …). An answer no
 * expression reads and survey-core cannot fault is checked by value-checks.ts alone.
 */
export interface ModelKeys {
  visibility: readonly string[];
  completion: readonly string[];
  /** `visibility` as a set: answers whose change requires re-running conditions. */
  conditionInputs: ReadonlySet<string>;
}

export function modelKeys(definition: object, scope: Scope, questions: ReadonlyMap<string, readonly Question[]>, answerKeys: readonly string[]): ModelKeys {
  const variables = referencedVariables(definition);
  const ownerOf = (key: string): string => scope.comments.get(key)?.owner ?? key;
  const inVisibility = (key: string): boolean =>
    isReferenced(key, variables) ||
    isReferenced(ownerOf(key), variables) ||
    (questions.get(ownerOf(key)) ?? []).some((question) => question instanceof QuestionPanelDynamicModel);
  const visibility = answerKeys.filter(inVisibility);
  const completion = answerKeys.filter((key) => inVisibility(key) || (questions.get(ownerOf(key)) ?? []).some(mayFailInSurveyCore));
  return { visibility, completion, conditionInputs: new Set(visibility) };
}

/** A panel or page that must have an answer judges the questions inside it by their values. */
function inRequiredContainer(question: Question): boolean {
  for (let parent: unknown = question.parent; parent instanceof PanelModelBase; parent = parent.parent) {
    if (parent.isRequired || parent.requiredIf) return true;
  }
  return false;
}

/** False only for questions survey-core's validation cannot fault whatever their (checked) value. */
export function mayFailInSurveyCore(question: Question): boolean {
  if (question.isRequired || question.requiredIf || question.validators.length > 0 || question.showCommentArea) return true;
  if (inRequiredContainer(question)) return true;
  if (question instanceof QuestionSelectBase) {
    if (question.showOtherItem || question.choices.some((choice: unknown) => choice instanceof ChoiceItem && choice.showCommentArea)) return true;
    if (question instanceof QuestionRankingModel) return false;
    if (question instanceof QuestionCheckboxModel) return question.minSelectedChoices > 0 || question.maxSelectedChoices > 0;
    return !['radiogroup', 'dropdown', 'buttongroup', 'imagepicker'].includes(question.getType());
  }
  if (question instanceof QuestionMatrixModel) return question.eachRowRequired || question.eachRowUnique;
  if (question instanceof QuestionTextModel) {
    const plainInput = ['text', 'number', 'range'].includes(question.inputType);
    return !plainInput || Boolean(question.minValueExpression) || Boolean(question.maxValueExpression);
  }
  const simple = [QuestionRatingModel, QuestionBooleanModel, QuestionCommentModel, QuestionSliderModel, QuestionExpressionModel];
  return !simple.some((type) => question instanceof type);
}
