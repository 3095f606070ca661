import { Serializer, type JsonObjectProperty } from 'survey-core';
import { isForbiddenKey, isPlainObject, type JsonRecord } from './json-values.js';
import { ensureSurveyTags, isPanelType, isQuestionType } from './survey-model.js';

/** Where the walker is: the SurveyJS class of the object, its JSON path, the nearest element name. */
export interface WalkPlace {
  className: string;
  /** JSON path in the definition, e.g. `pages[0].elements[2].choices[1]`. */
  path: string;
  /** Name of the nearest question, panel or page; '' at survey level. */
  context: string;
  /** For matrix columns: the cell type whose properties the column also accepts. */
  cellClass?: string;
}

export interface DefinitionVisitor {
  /** Every property survey-core knows for the object's class, with its metadata. */
  property?(place: WalkPlace, key: string, value: unknown, property: JsonObjectProperty): void;
  /** A scalar item of a list of objects (a choice written as `"yes"` or `"yes|Yes"`). */
  scalarItem?(place: WalkPlace, itemClass: string, item: unknown): void;
  /** Every object, after its properties. */
  node?(place: WalkPlace, node: JsonRecord): void;
}

/**
 * Walks a raw SurveyJS definition the way survey-core reads it: every object gets its class from
 * survey-core's metadata (pages, elements by `type`, choices, columns, validators, calculated
 * values …), so callers can ask "is this property localizable / an expression" of survey-core.
 */
export function walkDefinition(definition: object, visitor: DefinitionVisitor): void {
  ensureSurveyTags();
  if (isPlainObject(definition)) visit(visitor, definition, { className: 'survey', path: '', context: '' });
}

function join(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`;
}

function findProperty(place: WalkPlace, key: string): JsonObjectProperty | null {
  const own: JsonObjectProperty | null = Serializer.findProperty(place.className, key);
  if (own || !place.cellClass) return own;
  const cell: JsonObjectProperty | null = Serializer.findProperty(place.cellClass, key);
  return cell;
}

function visit(visitor: DefinitionVisitor, node: JsonRecord, place: WalkPlace): void {
  const named = isQuestionType(place.className) || isPanelType(place.className) || place.className === 'page';
  const here: WalkPlace = { ...place, context: named && typeof node.name === 'string' ? node.name : place.context };
  for (const [key, value] of Object.entries(node)) {
    if (isForbiddenKey(key)) continue;
    const property = findProperty(here, key);
    if (!property) continue;
    const path = join(here.path, key);
    visitor.property?.({ ...here, path }, key, value, property);
    if (Array.isArray(value)) {
      value.forEach((item: unknown, index) => {
        visitItem(visitor, property, item, { className: here.className, path: `${path}[${index}]`, context: here.context }, node);
      });
    } else if (isPlainObject(value) && property.className && !property.isLocalizable) {
      visit(visitor, value, { className: property.className, path, context: here.context });
    }
  }
  visitor.node?.(here, node);
}

function visitItem(visitor: DefinitionVisitor, property: JsonObjectProperty, item: unknown, place: WalkPlace, owner: JsonRecord): void {
  const className = itemClass(property, item);
  if (!className) return;
  if (isPlainObject(item)) {
    const cellClass = className === 'matrixdropdowncolumn' ? columnCellClass(item, owner) : undefined;
    visit(visitor, item, { className, path: place.path, context: place.context, ...(cellClass ? { cellClass } : {}) });
  } else {
    visitor.scalarItem?.(place, className, item);
  }
}

function itemClass(property: JsonObjectProperty, item: unknown): string | undefined {
  if (isPlainObject(item) && typeof item.type === 'string') {
    const candidate = item.type + (property.classNamePart ?? '');
    if (Serializer.findClass(candidate)) return candidate;
  }
  return property.className || property.baseClassName || undefined;
}

function columnCellClass(column: JsonRecord, matrix: JsonRecord): string {
  const own = typeof column.cellType === 'string' && column.cellType !== 'default' ? column.cellType : undefined;
  const inherited = typeof matrix.cellType === 'string' ? matrix.cellType : 'dropdown';
  return own ?? inherited;
}
