import {
  ChoiceItem,
  ItemValue,
  MatrixDropdownColumn,
  Question,
  QuestionBooleanModel,
  QuestionCheckboxModel,
  QuestionCommentModel,
  QuestionExpressionModel,
  QuestionFileModel,
  QuestionImagePickerModel,
  QuestionMatrixDropdownModelBase,
  QuestionMatrixDynamicModel,
  QuestionMatrixModel,
  QuestionMultipleTextModel,
  QuestionNonValue,
  QuestionPanelDynamicModel,
  QuestionRankingModel,
  QuestionRatingModel,
  QuestionSelectBase,
  QuestionSignaturePadModel,
  QuestionSliderModel,
  QuestionTextModel,
  Serializer,
  settings,
} from 'survey-core';
import { isPlainObject, scalarKey } from './json-values.js';
import type { ChoiceRule, CommentRule, FieldRule, Scope, ValueSpec } from './value-spec.js';

/** Longest text answer accepted when the question sets no maxLength. */
export const DEFAULT_MAX_TEXT_LENGTH = 10_000;
/** Signatures are data URLs; only the payload limit bounds them. */
const UNBOUNDED = Number.POSITIVE_INFINITY;

/** One question as a member of a scope, stored under `key` (its value name unless given). */
export interface ScopeMember {
  question: Question;
  key?: string;
  /** Choices inherited from a matrix when a select cell declares none of its own. */
  fallbackChoices?: readonly ItemValue[];
}

/** Resolves `choicesFromQuestion` against the survey the questions belong to. */
export type QuestionLookup = (name: string) => Question | null;

/**
 * The accepted shape of every key of an object of answers, from survey-core's parsed questions:
 * each question's value, its `-Comment` key when it has a comment box or stores an "other" text
 * there. Questions without a value (html, image) are left out, so their names are unknown keys.
 */
export function buildScope(members: readonly ScopeMember[], lookup: QuestionLookup): Scope {
  const fields = new Map<string, FieldRule[]>();
  const comments = new Map<string, CommentRule>();
  for (const { question, key = question.getValueName(), fallbackChoices } of members) {
    if (question instanceof QuestionNonValue) continue;
    const rule: FieldRule = { name: question.name, type: question.getType(), spec: buildSpec(question, lookup, fallbackChoices) };
    fields.set(key, [...(fields.get(key) ?? []), rule]);
    const comment = commentRule(question, key);
    if (comment) comments.set(key + settings.commentSuffix, comment);
  }
  return { fields, comments };
}

/** The value shape one question accepts. */
export function buildSpec(question: Question, lookup: QuestionLookup, fallbackChoices?: readonly ItemValue[]): ValueSpec {
  if (question instanceof QuestionExpressionModel) return { kind: 'computed' };
  if (question instanceof QuestionRankingModel) return rankingSpec(question, lookup);
  if (question instanceof QuestionCheckboxModel) return multipleSpec(question, lookup, fallbackChoices);
  if (question instanceof QuestionImagePickerModel && question.multiSelect) return { kind: 'multiple', choice: choiceRule(question, lookup, fallbackChoices) };
  if (question instanceof QuestionSelectBase) return { kind: 'single', choice: choiceRule(question, lookup, fallbackChoices) };
  if (question instanceof QuestionRatingModel) return ratingSpec(question);
  if (question instanceof QuestionSliderModel) return sliderSpec(question);
  if (question instanceof QuestionBooleanModel) return booleanSpec(question);
  if (question instanceof QuestionTextModel) return textSpec(question);
  if (question instanceof QuestionCommentModel) return { kind: 'text', maxLength: maxLengthOf(question.getMaxLength()) };
  if (question instanceof QuestionSignaturePadModel) return { kind: 'text', maxLength: UNBOUNDED };
  if (question instanceof QuestionMatrixModel) return matrixSpec(question);
  if (question instanceof QuestionMatrixDynamicModel) return { kind: 'list', item: rowScope(question, lookup), maxItems: question.maxRowCount };
  if (question instanceof QuestionMatrixDropdownModelBase) return { kind: 'keyed-rows', rows: rowKeys(question.rows), row: rowScope(question, lookup) };
  if (question instanceof QuestionMultipleTextModel) {
    return { kind: 'record', scope: buildScope(question.items.map((item) => ({ question: item.editor, key: item.name })), lookup) };
  }
  if (question instanceof QuestionPanelDynamicModel) {
    return { kind: 'list', item: buildScope(question.template.questions.map((inner) => ({ question: inner })), lookup), maxItems: question.maxPanelCount };
  }
  if (question instanceof QuestionFileModel) return { kind: 'files', multiple: question.allowMultiple };
  return { kind: 'any' };
}

/** survey-core's choice lists are typed `any[]`; this keeps only real items. */
export function itemValues(list: unknown): ItemValue[] {
  return Array.isArray(list) ? list.filter((item): item is ItemValue => item instanceof ItemValue) : [];
}

/** A matrix's columns (typed `any[]` by survey-core on some classes). */
export function matrixColumns(matrix: QuestionMatrixDropdownModelBase): MatrixDropdownColumn[] {
  const columns: unknown = matrix.columns;
  return Array.isArray(columns) ? columns.filter((column): column is MatrixDropdownColumn => column instanceof MatrixDropdownColumn) : [];
}

function keysOf(items: readonly ItemValue[]): Set<string> {
  const keys = new Set<string>();
  for (const item of items) {
    const key = scalarKey(item.value);
    if (key !== undefined) keys.add(key);
  }
  return keys;
}

function rowKeys(rows: unknown): Set<string> {
  return new Set(itemValues(rows).map((row) => String(row.value)));
}

function maxLengthOf(limit: unknown): number {
  return typeof limit === 'number' && limit > 0 ? limit : DEFAULT_MAX_TEXT_LENGTH;
}

function finite(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  const parsed = Number(value);
  return Number.isFinite(parsed) ? parsed : undefined;
}

function optional<K extends string>(key: K, value: number | undefined): Partial<Record<K, number>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, number>);
}

interface ChoiceSource {
  items: ItemValue[];
  /** Values come from somewhere the server cannot enumerate (URL, a dynamic panel's answers). */
  open: boolean;
}

function choiceSource(question: QuestionSelectBase, lookup: QuestionLookup, fallbackChoices?: readonly ItemValue[]): ChoiceSource {
  const own = itemValues(question.choices);
  const items = own.length > 0 || !fallbackChoices ? own : [...fallbackChoices];
  let open = question.isUsingRestful;
  if (question.choicesFromQuestion) {
    const source = lookup(question.choicesFromQuestion);
    if (source instanceof QuestionSelectBase) {
      items.push(...itemValues(source.choices));
      if (source.showOtherItem) items.push(source.otherItem);
    } else {
      open = true;
    }
  }
  const custom = 'allowCustomChoices' in question && question.allowCustomChoices === true;
  return { items, open: open || custom };
}

function choiceRule(question: QuestionSelectBase, lookup: QuestionLookup, fallbackChoices?: readonly ItemValue[]): ChoiceRule {
  const { items, open } = choiceSource(question, lookup, fallbackChoices);
  const keys = keysOf(items);
  const special: Array<[boolean, ItemValue]> = [
    [question.showNoneItem, question.noneItem],
    [question.showRefuseItem, question.refuseItem],
    [question.showDontKnowItem, question.dontKnowItem],
    [question.showOtherItem, question.otherItem],
  ];
  for (const [shown, item] of special) {
    const key = shown ? scalarKey(item.value) : undefined;
    if (key !== undefined) keys.add(key);
  }
  const commentChoices = keysOf(items.filter((item) => item instanceof ChoiceItem && item.showCommentArea));
  const otherValue: unknown = question.otherItem.value;
  const rule: ChoiceRule = {
    keys,
    other: question.showOtherItem ? (question.getStoreOthersAsComment() ? 'comment' : 'inline') : 'none',
    open,
    maxTextLength: DEFAULT_MAX_TEXT_LENGTH,
    commentChoices,
  };
  if (question.showOtherItem && (typeof otherValue === 'string' || typeof otherValue === 'number')) rule.otherValue = otherValue;
  return rule;
}

function multipleSpec(question: QuestionCheckboxModel, lookup: QuestionLookup, fallbackChoices?: readonly ItemValue[]): ValueSpec {
  const maxSelected = question.maxSelectedChoices > 0 ? question.maxSelectedChoices : undefined;
  return {
    kind: 'multiple',
    choice: choiceRule(question, lookup, fallbackChoices),
    ...optional('maxSelected', maxSelected),
    ...(question.valuePropertyName ? { valueProperty: question.valuePropertyName } : {}),
  };
}

function rankingSpec(question: QuestionRankingModel, lookup: QuestionLookup): ValueSpec {
  const { items, open } = choiceSource(question, lookup);
  // Choices copied from another question are often only the selected ones: a subset is fine then.
  const subset = question.selectToRankEnabled || Boolean(question.choicesFromQuestion);
  return { kind: 'ranking', keys: keysOf(items), subset, open };
}

function ratingSpec(question: QuestionRatingModel): ValueSpec {
  const values = question.visibleRateValues
    .map((item): unknown => item.value)
    .filter((value): value is string | number => typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value)));
  const custom = !question.autoGenerate && itemValues(question.rateValues).length > 0;
  const numbers = values.filter((value): value is number => typeof value === 'number');
  if (custom || numbers.length !== values.length || numbers.length === 0) return { kind: 'rating', values };
  return { kind: 'rating', values, min: Math.min(...numbers), max: Math.max(...numbers), step: question.rateStep };
}

function sliderSpec(question: QuestionSliderModel): ValueSpec {
  const bounds = { ...optional('min', finite(question.min)), ...optional('max', finite(question.max)), ...optional('step', finite(question.step)) };
  return question.sliderType === 'range' ? { kind: 'number-pair', ...bounds } : { kind: 'number', ...bounds };
}

function booleanSpec(question: QuestionBooleanModel): ValueSpec {
  const valueTrue: unknown = question.valueTrue;
  const valueFalse: unknown = question.valueFalse;
  const scalar = (value: unknown, fallback: boolean): string | number | boolean =>
    typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? value : fallback;
  return { kind: 'boolean', values: [scalar(valueTrue, true), scalar(valueFalse, false)] };
}

function textSpec(question: QuestionTextModel): ValueSpec {
  if (question.inputType === 'number' || question.inputType === 'range') {
    return { kind: 'number', ...optional('min', finite(question.min)), ...optional('max', finite(question.max)) };
  }
  return { kind: 'text', maxLength: maxLengthOf(question.getMaxLength()) };
}

function matrixSpec(question: QuestionMatrixModel): ValueSpec {
  return { kind: 'matrix', rows: rowKeys(question.rows), columns: keysOf(itemValues(question.columns)), multiple: question.isMultiSelect };
}

/** The keys of one matrix row: its columns (as cell questions) and its detail panel's questions. */
function rowScope(matrix: QuestionMatrixDropdownModelBase, lookup: QuestionLookup): Scope {
  const fallbackChoices = itemValues(matrix.choices);
  const members: ScopeMember[] = matrixColumns(matrix).map((column) => ({ question: cellQuestion(column, matrix), key: column.name, fallbackChoices }));
  for (const question of matrix.detailPanel.questions) members.push({ question });
  return buildScope(members, lookup);
}

/**
 * A question of the column's effective cell type. survey-core's `templateQuestion` keeps the
 * default type when the column inherits the matrix's `cellType`, so such cells are rebuilt.
 */
export function cellQuestion(column: MatrixDropdownColumn, matrix: QuestionMatrixDropdownModelBase): Question {
  const template = column.templateQuestion;
  const type = column.cellType === 'default' ? matrix.cellType : column.cellType;
  if (template.getType() === type) return template;
  const created: unknown = Serializer.createClass(type);
  if (!(created instanceof Question)) return template;
  const json: unknown = column.toJSON();
  if (isPlainObject(json)) {
    const cellJson = { ...json };
    delete cellJson.cellType;
    created.fromJSON(cellJson);
  }
  created.name = column.name;
  return created;
}

function commentRule(question: Question, key: string): CommentRule | undefined {
  if (question.showCommentArea) return { owner: key, purpose: 'comment', maxLength: DEFAULT_MAX_TEXT_LENGTH };
  if (question instanceof QuestionSelectBase && question.showOtherItem && question.getStoreOthersAsComment()) {
    const otherValue: unknown = question.otherItem.value;
    const rule: CommentRule = { owner: key, purpose: 'other', maxLength: DEFAULT_MAX_TEXT_LENGTH };
    if (typeof otherValue === 'string' || typeof otherValue === 'number') rule.otherValue = otherValue;
    return rule;
  }
  return undefined;
}
