import { QuestionPanelDynamicModel, type PanelModelBase, type Question, type SurveyError } from 'survey-core';
import type { ResponseIssue } from './response-issues.js';
import type { ResponseSchema } from './response-schema.js';
import { isShown } from './response-visibility.js';

/** survey-core error types that mean "an answer is missing". */
const REQUIRED_ERRORS: ReadonlySet<string> = new Set(['required', 'requireoneanswer', 'requiredinallrowserror']);

/**
 * Runs survey-core's own validation of a complete response on the Model (which must hold the
 * settled data), question by question as `model.validate()` does: required and requiredIf,
 * validators (numeric, regex, email, text, expression, answer count), min selections, all rows
 * required, unique keys, "other" texts, nested questions; and required panels. Only visible
 * questions that survey-core could fault are asked (see model-keys.ts). Missing answers map to
 * `required`, everything else to `invalid`, with survey-core's message in `params.detail` and its
 * error type in `params.kind`.
 */
export function surveyCoreIssues(schema: ResponseSchema): ResponseIssue[] {
  const issues: ResponseIssue[] = [];
  for (const question of schema.validated) {
    if (!isShown(question)) continue;
    question.validate(true, false);
    const key = question.getValueName();
    for (const error of question.errors) issues.push(toIssue(key, error));
    for (const nested of question.getNestedQuestions(true, true, false)) {
      for (const error of nested.errors) issues.push(toIssue(key, error, `${key}${nestedPath(question, nested)}`));
    }
  }
  for (const panel of schema.requiredPanels) {
    if (!isPanelVisible(panel)) continue;
    panel.validate(true, false);
    for (const error of panel.errors) issues.push(toIssue(panel.name, error));
  }
  return issues;
}

/** As survey-core's getAllPanels(visibleOnly) decides: the panel and every container around it visible. */
function isPanelVisible(panel: PanelModelBase): boolean {
  for (let element: PanelModelBase | null | undefined = panel; element; element = element.parent as PanelModelBase | null | undefined) {
    if (!element.visible) return false;
  }
  return true;
}

function nestedPath(owner: Question, nested: Question): string {
  if (owner instanceof QuestionPanelDynamicModel) {
    const index = owner.panels.findIndex((panel) => panel.questions.includes(nested));
    if (index >= 0) return `[${index}].${nested.getValueName()}`;
  }
  return `.${nested.getValueName()}`;
}

function toIssue(question: string, error: SurveyError, path?: string): ResponseIssue {
  const kind = error.getErrorType();
  const params: Record<string, string> = { kind, detail: error.getText() };
  if (path !== undefined) params.path = path;
  return { question, rule: REQUIRED_ERRORS.has(kind) ? 'required' : 'invalid', params };
}
