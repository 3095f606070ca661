import { Serializer, type JsonObjectProperty } from 'survey-core';
import { instrumentError, type InstrumentProblem } from './instrument-problems.js';
import { isForbiddenKey, isPlainObject, nonEmptyString, type JsonRecord } from './json-values.js';
import { ensureSurveyTags, isPanelType, isQuestionType } from './survey-model.js';
import { SURVEY_TAG_NAMES, isSurveyTagValue } from './survey-tags.js';

/** Names that must be unique together: the survey, one dynamic panel's template, one matrix row. */
type NameScope = Map<string, string>;

interface Checker {
  problems: InstrumentProblem[];
}

/**
 * Structural problems of a parsed definition: not a survey at all, element types survey-core does
 * not know, questions without or with duplicate names, choices without a value, invalid tags.
 * Walks pages, panels, dynamic panel templates, matrix columns and detail panels, multiple-text items.
 */
export function checkInstrumentStructure(definition: unknown): InstrumentProblem[] {
  ensureSurveyTags();
  const checker: Checker = { problems: [] };
  if (!isPlainObject(definition)) return [instrumentError('INSTRUMENT_NOT_A_SURVEY', { path: '' })];
  const containers = (['pages', 'elements', 'questions'] as const).filter((key) => definition[key] !== undefined);
  if (containers.length === 0) return [instrumentError('INSTRUMENT_NOT_A_SURVEY', { path: '', detail: 'no pages or elements' })];
  const scope: NameScope = new Map();
  for (const key of containers) {
    const list = definition[key];
    if (!Array.isArray(list)) {
      checker.problems.push(instrumentError('INSTRUMENT_NOT_A_SURVEY', { path: key, detail: `${key} is not an array` }));
      continue;
    }
    if (key === 'pages') {
      list.forEach((page, index) => checkPage(checker, page, `pages[${index}]`, scope));
    } else {
      checkElements(checker, list, key, scope);
    }
  }
  return checker.problems;
}

function checkPage(checker: Checker, page: unknown, path: string, scope: NameScope): void {
  if (!isPlainObject(page)) {
    checker.problems.push(instrumentError('INSTRUMENT_NOT_A_SURVEY', { path, detail: 'page is not an object' }));
    return;
  }
  for (const key of ['elements', 'questions'] as const) {
    if (page[key] !== undefined) checkElements(checker, page[key], `${path}.${key}`, scope);
  }
}

function checkElements(checker: Checker, elements: unknown, path: string, scope: NameScope): void {
  if (!Array.isArray(elements)) {
    checker.problems.push(instrumentError('INSTRUMENT_NOT_A_SURVEY', { path, detail: 'elements is not an array' }));
    return;
  }
  elements.forEach((element, index) => checkElement(checker, element, `${path}[${index}]`, scope));
}

function checkElement(checker: Checker, element: unknown, path: string, scope: NameScope): void {
  if (!isPlainObject(element)) {
    checker.problems.push(instrumentError('INSTRUMENT_UNKNOWN_QUESTION_TYPE', { path, type: typeof element }));
    return;
  }
  const type = typeof element.type === 'string' ? element.type : '';
  const name = typeof element.name === 'string' ? element.name : '';
  checkTags(checker, element, path, name);
  if (isPanelType(type)) {
    const key = element.elements === undefined && element.questions !== undefined ? 'questions' : 'elements';
    if (element[key] !== undefined) checkElements(checker, element[key], `${path}.${key}`, scope);
    return;
  }
  if (!isQuestionType(type)) {
    checker.problems.push(instrumentError('INSTRUMENT_UNKNOWN_QUESTION_TYPE', { path, type, question: name }));
    return;
  }
  claimName(checker, scope, element.name, path, type);
  checkChoiceLists(checker, element, type, path, name);
  if (Serializer.isDescendantOf(type, 'paneldynamic') && element.templateElements !== undefined) {
    checkElements(checker, element.templateElements, `${path}.templateElements`, new Map());
  }
  if (Serializer.isDescendantOf(type, 'matrixdropdownbase')) checkMatrixColumns(checker, element, path, name);
  if (Serializer.isDescendantOf(type, 'multipletext')) checkNamedParts(checker, element.items, `${path}.items`, name, 'item', new Map());
}

function claimName(checker: Checker, scope: NameScope, name: unknown, path: string, type: string): void {
  if (!nonEmptyString(name)) {
    checker.problems.push(instrumentError('INSTRUMENT_MISSING_NAME', { path, type }));
    return;
  }
  const first = scope.get(name);
  if (first !== undefined) {
    checker.problems.push(instrumentError('INSTRUMENT_DUPLICATE_NAME', { path, question: name, type, detail: first }));
    return;
  }
  scope.set(name, path);
}

function checkMatrixColumns(checker: Checker, matrix: JsonRecord, path: string, name: string): void {
  const rowScope: NameScope = new Map();
  checkNamedParts(checker, matrix.columns, `${path}.columns`, name, 'column', rowScope);
  const matrixCellType = typeof matrix.cellType === 'string' ? matrix.cellType : 'dropdown';
  if (Array.isArray(matrix.columns)) {
    matrix.columns.forEach((column, index) => {
      if (!isPlainObject(column)) return;
      const cellType = typeof column.cellType === 'string' && column.cellType !== 'default' ? column.cellType : matrixCellType;
      if (Serializer.findClass(cellType)) checkChoiceLists(checker, column, cellType, `${path}.columns[${index}]`, name);
    });
  }
  if (matrix.detailElements !== undefined) checkElements(checker, matrix.detailElements, `${path}.detailElements`, rowScope);
}

/** Matrix columns and multiple-text items: each needs a name, unique within its question. */
function checkNamedParts(checker: Checker, parts: unknown, path: string, question: string, type: string, scope: NameScope): void {
  if (!Array.isArray(parts)) return;
  parts.forEach((part: unknown, index) => {
    const partPath = `${path}[${index}]`;
    const partName = isPlainObject(part) ? part.name : part;
    if (!nonEmptyString(partName)) {
      checker.problems.push(instrumentError('INSTRUMENT_MISSING_NAME', { path: partPath, type, question }));
    } else if (scope.has(partName)) {
      const detail = scope.get(partName) ?? '';
      checker.problems.push(instrumentError('INSTRUMENT_DUPLICATE_NAME', { path: partPath, question, type, value: partName, detail }));
    } else {
      scope.set(partName, partPath);
    }
  });
}

/** Every item-value list of the element (choices, rows, columns, rateValues …) needs values. */
function checkChoiceLists(checker: Checker, element: JsonRecord, className: string, path: string, question: string): void {
  for (const [key, value] of Object.entries(element)) {
    if (isForbiddenKey(key) || !Array.isArray(value)) continue;
    const property: JsonObjectProperty | null = Serializer.findProperty(className, key);
    if (!property?.className || !Serializer.isDescendantOf(property.className, 'itemvalue')) continue;
    value.forEach((item, index) => {
      if (hasChoiceValue(item)) return;
      checker.problems.push(instrumentError('INSTRUMENT_CHOICE_WITHOUT_VALUE', { path: `${path}.${key}[${index}]`, question }));
    });
  }
}

function hasChoiceValue(item: unknown): boolean {
  if (typeof item === 'string') return item !== '';
  if (typeof item === 'number') return Number.isFinite(item);
  if (typeof item === 'boolean') return true;
  if (!isPlainObject(item)) return false;
  const value = item.value;
  return (typeof value === 'string' && value !== '') || (typeof value === 'number' && Number.isFinite(value)) || typeof value === 'boolean';
}

function checkTags(checker: Checker, element: JsonRecord, path: string, question: string): void {
  for (const tag of SURVEY_TAG_NAMES) {
    const value = element[tag];
    if (value === undefined || isSurveyTagValue(tag, value)) continue;
    checker.problems.push(instrumentError('INSTRUMENT_INVALID_TAG', { path: `${path}.${tag}`, question, tag, value: typeof value === 'string' ? value : JSON.stringify(value) }));
  }
}
