import type { DataDictionaryEntry, DictionaryChoice } from '../surveys/data-dictionary.js';
import type { LocalizedText } from '../surveys/localized-text.js';

export type CellValue = string | number | boolean | null;

/** One exported column of a response table. */
export interface ResponseColumn {
  /** Column header and, in the statistics bundle, the variable name. */
  name: string;
  /** The question's title (plus row or item) in the chosen language: the variable label. */
  label: string;
  /** Value labels of the codes this column holds, when it holds codes. */
  valueLabels?: Array<{ value: string | number | boolean; label: string }>;
  /** True when the codes are numbers (SPSS numeric format, R numeric factor codes). */
  numeric: boolean;
  read(data: Record<string, unknown>): CellValue;
}

/** Multi-select answers are arrays; in a table they are one 0/1 column per choice. */
const MULTI_SELECT = new Set(['checkbox', 'tagbox']);
const RANKING = new Set(['ranking']);

/** The text of a localized string in `language`, else English, else any language there is. */
export function textIn(text: LocalizedText | undefined, language: string): string {
  if (!text) return '';
  return text[language] ?? text.en ?? Object.values(text)[0] ?? '';
}

/**
 * Columns for the workbook: one per question code (matrix rows and comment boxes get their own);
 * choice questions get a second `<code>_label` column with the chosen language's labels, and
 * multi-select answers are written as "a; b".
 */
export function workbookColumns(dictionary: readonly DataDictionaryEntry[], language: string): ResponseColumn[] {
  const columns: ResponseColumn[] = [];
  for (const entry of dictionary) {
    const key = entry.key ?? entry.name;
    const title = textIn(entry.title, language);
    if (entry.rows && entry.columns && !entry.subQuestions) {
      const labels = labelMap(entry.columns, language);
      for (const row of entry.rows) {
        const name = `${key}.${String(row.value)}`;
        const label = `${title}: ${textIn(row.text, language)}`;
        const read = (data: Record<string, unknown>) => scalar(objectAt(data, key)?.[String(row.value)]);
        columns.push({ name, label, numeric: numericChoices(entry.columns), read });
        columns.push({ name: `${name}_label`, label, numeric: false, read: (data) => labelOf(read(data), labels) });
      }
    } else if (entry.choices && entry.choices.length > 0) {
      const labels = labelMap(entry.choices, language);
      const read = (data: Record<string, unknown>) => joined(data[key]);
      columns.push({ name: key, label: title, numeric: numericChoices(entry.choices) && !isArrayType(entry), read });
      columns.push({
        name: `${key}_label`,
        label: title,
        numeric: false,
        read: (data) => {
          const value = data[key];
          if (Array.isArray(value)) return value.map((item) => labels.get(String(scalar(item))) ?? String(scalar(item))).join('; ');
          return labelOf(scalar(value), labels);
        },
      });
    } else {
      columns.push({ name: key, label: title, numeric: isNumericEntry(entry), read: (data) => scalar(data[key]) });
    }
    if (entry.commentKey) columns.push(commentColumn(entry.commentKey, title));
  }
  return columns;
}

/**
 * Columns for CSV and statistics software: codes only, never labels (those go into the R and SPSS
 * scripts); multi-select questions as one 0/1 column per choice; rankings as one rank column per item.
 */
export function statisticsColumns(dictionary: readonly DataDictionaryEntry[], language: string): ResponseColumn[] {
  const columns: ResponseColumn[] = [];
  for (const entry of dictionary) {
    const key = entry.key ?? entry.name;
    const title = textIn(entry.title, language);
    if (entry.rows && entry.columns && !entry.subQuestions) {
      for (const row of entry.rows) {
        columns.push({
          name: `${key}.${String(row.value)}`,
          label: `${title}: ${textIn(row.text, language)}`,
          valueLabels: valueLabels(entry.columns, language),
          numeric: numericChoices(entry.columns),
          read: (data) => scalar(objectAt(data, key)?.[String(row.value)]),
        });
      }
    } else if (entry.choices && entry.choices.length > 0 && (MULTI_SELECT.has(entry.type) || RANKING.has(entry.type))) {
      const ranking = RANKING.has(entry.type);
      for (const choice of entry.choices) {
        columns.push({
          name: `${key}.${String(choice.value)}`,
          label: `${title}: ${textIn(choice.text, language)}`,
          numeric: true,
          ...(ranking ? {} : { valueLabels: [{ value: 0, label: '0' }, { value: 1, label: '1' }] }),
          read: (data) => {
            const value = data[key];
            if (!Array.isArray(value)) return null;
            const position = value.findIndex((item) => scalar(item) === choice.value || String(scalar(item)) === String(choice.value));
            return ranking ? (position >= 0 ? position + 1 : null) : position >= 0 ? 1 : 0;
          },
        });
      }
    } else if (entry.choices && entry.choices.length > 0) {
      columns.push({ name: key, label: title, valueLabels: valueLabels(entry.choices, language), numeric: numericChoices(entry.choices), read: (data) => scalar(data[key]) });
    } else {
      columns.push({ name: key, label: title, numeric: isNumericEntry(entry), read: (data) => scalar(data[key]) });
    }
    if (entry.commentKey) columns.push(commentColumn(entry.commentKey, title));
  }
  return columns;
}

function commentColumn(commentKey: string, title: string): ResponseColumn {
  return { name: commentKey, label: `${title} (comment)`, numeric: false, read: (data) => scalar(data[commentKey]) };
}

function isArrayType(entry: DataDictionaryEntry): boolean {
  return MULTI_SELECT.has(entry.type) || RANKING.has(entry.type);
}

function isNumericEntry(entry: DataDictionaryEntry): boolean {
  return entry.type === 'rating' || entry.type === 'slider' || entry.type === 'expression' || (entry.type === 'text' && (entry.inputType === 'number' || entry.inputType === 'range'));
}

function numericChoices(choices: readonly DictionaryChoice[]): boolean {
  return choices.length > 0 && choices.every((choice) => typeof choice.value === 'number');
}

function valueLabels(choices: readonly DictionaryChoice[], language: string): Array<{ value: string | number | boolean; label: string }> {
  return choices.map((choice) => ({ value: choice.value, label: textIn(choice.text, language) || String(choice.value) }));
}

function labelMap(choices: readonly DictionaryChoice[], language: string): Map<string, string> {
  return new Map(choices.map((choice) => [String(choice.value), textIn(choice.text, language) || String(choice.value)]));
}

function labelOf(value: CellValue, labels: Map<string, string>): CellValue {
  if (value === null) return null;
  return labels.get(String(value)) ?? String(value);
}

function objectAt(data: Record<string, unknown>, key: string): Record<string, unknown> | undefined {
  const value = data[key];
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

function joined(value: unknown): CellValue {
  if (Array.isArray(value)) return value.map((item) => String(scalar(item))).join('; ');
  return scalar(value);
}

/** Scalars as they are; anything structured (dynamic panels, matrix dropdowns) as compact JSON. */
export function scalar(value: unknown): CellValue {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  return JSON.stringify(value);
}
