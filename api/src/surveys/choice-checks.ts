import { isForeignScalar, isPlainObject, scalarKey } from './json-values.js';
import { describeValue, jsonType, type LocalIssue } from './response-issues.js';
import type { ChoiceRule } from './value-spec.js';

export interface Checked {
  /** What may be stored; `undefined` when nothing of the value survives. */
  value?: unknown;
  issues: LocalIssue[];
}

/** What one selected item resolved to, for duplicate detection. */
export interface ChoiceItemCheck extends Checked {
  /** `scalarKey` of the selected value, when it is a valid selection. */
  key?: string;
}

/**
 * One selected value of a select question: a declared choice, an enabled special item (none,
 * refuse, don't know, other), any scalar when choices are open, or the free "other" text when the
 * question stores it inline. With choice comments (SurveyJS v3) it may be `{ value, comment? }`.
 */
export function checkChoiceItem(rule: ChoiceRule, item: unknown, path: string): ChoiceItemCheck {
  if (rule.commentChoices.size > 0 && isPlainObject(item)) return checkCommentedItem(rule, item, path);
  return checkChoiceScalar(rule, item, path);
}

export function checkChoiceScalar(rule: ChoiceRule, value: unknown, path: string): ChoiceItemCheck {
  const key = scalarKey(value);
  if (key === undefined) return { issues: [{ rule: 'wrong_type', path, params: { expected: 'choice', actual: jsonType(value) } }] };
  if (rule.keys.has(key)) return { value, key, issues: [] };
  const inlineOther = rule.other === 'inline' || (rule.other !== 'none' && rule.commentChoices.size > 0);
  if ((rule.open && (typeof value === 'string' || typeof value === 'number')) || (inlineOther && typeof value === 'string')) {
    if (typeof value === 'string' && value.length > rule.maxTextLength) {
      return { issues: [{ rule: 'too_long', path, params: { maxLength: rule.maxTextLength, length: value.length } }] };
    }
    return { value, key, issues: [] };
  }
  if (isForeignScalar(rule.keys, key)) return { issues: [{ rule: 'wrong_type', path, params: { expected: 'choice', actual: jsonType(value) } }] };
  return { issues: [{ rule: 'not_in_choices', path, params: { value: describeValue(value) } }] };
}

function checkCommentedItem(rule: ChoiceRule, item: Record<string, unknown>, path: string): ChoiceItemCheck {
  const issues: LocalIssue[] = [];
  for (const key of Object.keys(item)) {
    if (key !== 'value' && key !== 'comment') issues.push({ rule: 'unknown_question', path: `${path}.${key}` });
  }
  const inner = checkChoiceScalar(rule, item.value, `${path}.value`);
  if (inner.key === undefined) return { issues: [...issues, ...inner.issues] };
  const result: Record<string, unknown> = { value: inner.value };
  const comment = item.comment;
  if (comment !== undefined && comment !== '') {
    if (!rule.commentChoices.has(inner.key)) {
      issues.push({ rule: 'unknown_question', path: `${path}.comment` });
    } else if (typeof comment !== 'string') {
      issues.push({ rule: 'wrong_type', path: `${path}.comment`, params: { expected: 'string', actual: jsonType(comment) } });
    } else if (comment.length > rule.maxTextLength) {
      issues.push({ rule: 'too_long', path: `${path}.comment`, params: { maxLength: rule.maxTextLength, length: comment.length } });
    } else {
      result.comment = comment;
    }
  }
  return { value: result, key: inner.key, issues };
}

/** Selected values of a multi-select: each a valid item, none twice, at most `maxSelected`. */
export function checkChoiceList(
  rule: ChoiceRule,
  value: unknown,
  options: { maxSelected?: number; valueProperty?: string },
): Checked {
  if (!Array.isArray(value)) return { issues: [{ rule: 'wrong_type', path: '', params: { expected: 'array', actual: jsonType(value) } }] };
  const issues: LocalIssue[] = [];
  const kept: unknown[] = [];
  const seen = new Set<string>();
  value.forEach((item, index) => {
    const path = `[${index}]`;
    const checked = options.valueProperty ? checkPropertyItem(rule, item, path, options.valueProperty) : checkChoiceItem(rule, item, path);
    issues.push(...checked.issues);
    if (checked.key === undefined) return;
    if (seen.has(checked.key)) {
      issues.push({ rule: 'invalid', path, params: { reason: 'duplicate', value: describeValue(item) } });
      return;
    }
    seen.add(checked.key);
    kept.push(checked.value);
  });
  if (options.maxSelected !== undefined && value.length > options.maxSelected) {
    issues.push({ rule: 'out_of_range', path: '', params: { max: options.maxSelected, count: value.length } });
    return { issues };
  }
  return kept.length > 0 ? { value: kept, issues } : { issues };
}

/** checkbox `valuePropertyName`: an item is `{ [property]: choiceValue }`. */
function checkPropertyItem(rule: ChoiceRule, item: unknown, path: string, property: string): ChoiceItemCheck {
  if (!isPlainObject(item)) return { issues: [{ rule: 'wrong_type', path, params: { expected: 'object', actual: jsonType(item) } }] };
  const issues: LocalIssue[] = Object.keys(item)
    .filter((key) => key !== property)
    .map((key) => ({ rule: 'unknown_question' as const, path: `${path}.${key}` }));
  const inner = checkChoiceScalar(rule, item[property], `${path}.${property}`);
  if (inner.key === undefined) return { issues: [...issues, ...inner.issues] };
  return { value: { [property]: inner.value }, key: inner.key, issues };
}
