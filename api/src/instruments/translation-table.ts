import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { SUPPORTED_LANGUAGES, type SupportedLanguage } from '../common/i18n/languages.js';
import { AppError } from '../common/errors/app-error.js';
import { collectLocalizableStrings } from '../surveys/localizable-strings.js';

/** One localizable string per row, one column per language, the question name as context. */
export interface TranslationRow {
  path: string;
  context: string;
  texts: Partial<Record<SupportedLanguage, string>>;
}

export interface TranslationChange {
  path: string;
  language: SupportedLanguage;
  before: string | null;
  after: string;
}

const HEADER = ['path', 'question', ...SUPPORTED_LANGUAGES] as const;

export function translationRows(definition: object): TranslationRow[] {
  return collectLocalizableStrings(definition).map((entry) => ({
    path: entry.path,
    context: entry.context,
    texts: Object.fromEntries(SUPPORTED_LANGUAGES.map((language) => [language, entry.text[language] ?? ''])),
  }));
}

export function toCsv(rows: TranslationRow[]): string {
  // A BOM so Excel opens the UTF-8 file with umlauts and accents intact.
  return `\uFEFF${stringify([[...HEADER], ...rows.map((r) => [r.path, r.context, ...SUPPORTED_LANGUAGES.map((l) => r.texts[l] ?? '')])])}`;
}

export async function toXlsx(rows: TranslationRow[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('translations');
  sheet.columns = HEADER.map((key) => ({ header: key, key, width: key === 'path' ? 40 : key === 'question' ? 24 : 60 }));
  for (const row of rows) sheet.addRow({ path: row.path, question: row.context, ...row.texts });
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1, xSplit: 2 }];
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export function fromCsv(content: string): TranslationRow[] {
  let records: string[][];
  try {
    const parsed: unknown = parse(content.replace(/^\uFEFF/, ''), { relax_column_count: true, skip_empty_lines: true });
    records = parsed as string[][];
  } catch {
    throw new AppError('TRANSLATION_FILE_INVALID');
  }
  return rowsFromRecords(records);
}

export async function fromXlsx(base64: string): Promise<TranslationRow[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(base64, 'base64') as unknown as ArrayBuffer);
  } catch {
    throw new AppError('TRANSLATION_FILE_INVALID');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new AppError('TRANSLATION_FILE_INVALID');
  const records: string[][] = [];
  sheet.eachRow((row) => {
    const values = Array.isArray(row.values) ? row.values.slice(1) : [];
    records.push(values.map((v) => (v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v as string | number))));
  });
  return rowsFromRecords(records);
}

function rowsFromRecords(records: string[][]): TranslationRow[] {
  const [header, ...body] = records;
  const columns = (header ?? []).map((h) => h.trim().toLowerCase());
  const pathColumn = columns.indexOf('path');
  if (pathColumn < 0) throw new AppError('TRANSLATION_FILE_INVALID');
  const contextColumn = columns.indexOf('question');
  return body.map((record) => ({
    path: record[pathColumn] ?? '',
    context: contextColumn >= 0 ? (record[contextColumn] ?? '') : '',
    texts: Object.fromEntries(
      SUPPORTED_LANGUAGES.flatMap((language) => {
        const index = columns.indexOf(language);
        const text = index >= 0 ? (record[index] ?? '').trim() : '';
        return text ? [[language, text]] : [];
      }),
    ),
  }));
}

/**
 * Applies translated texts to a copy of the definition. English goes to SurveyJS's `default`
 * slot when the string uses it. Unknown paths are reported, never invented.
 */
export function applyTranslations(definition: Record<string, unknown>, rows: TranslationRow[]): { definition: Record<string, unknown>; changes: TranslationChange[]; unknownPaths: string[] } {
  const copy = structuredClone(definition);
  const known = new Set(collectLocalizableStrings(definition).map((e) => e.path));
  const changes: TranslationChange[] = [];
  const unknownPaths: string[] = [];
  for (const row of rows) {
    if (!known.has(row.path)) {
      if (row.path) unknownPaths.push(row.path);
      continue;
    }
    const slot = resolvePath(copy, row.path);
    if (!slot) {
      unknownPaths.push(row.path);
      continue;
    }
    const raw = slot.holder[slot.key];
    const localized: Record<string, string> = typeof raw === 'string' ? { default: raw } : raw && typeof raw === 'object' ? { ...(raw as Record<string, string>) } : {};
    for (const language of SUPPORTED_LANGUAGES) {
      const after = row.texts[language];
      if (!after) continue;
      const key = language === 'en' && (typeof raw === 'string' || 'default' in localized || !('en' in localized)) ? 'default' : language;
      const before = localized[key] ?? null;
      if (before === after) continue;
      localized[key] = after;
      changes.push({ path: row.path, language, before, after });
    }
    slot.holder[slot.key] = localized;
  }
  return { definition: copy, changes, unknownPaths };
}

/** `pages[0].elements[2].choices[1].text` → the object holding `text`, and `text`. */
function resolvePath(root: Record<string, unknown>, path: string): { holder: Record<string, unknown>; key: string } | null {
  const tokens = [...path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) => (m[2] !== undefined ? Number(m[2]) : m[1]));
  let node: unknown = root;
  for (const token of tokens.slice(0, -1)) {
    if (node === null || typeof node !== 'object') return null;
    node = (node as Record<string | number, unknown>)[token];
  }
  const last = tokens[tokens.length - 1];
  if (node === null || typeof node !== 'object' || typeof last !== 'string') return null;
  return { holder: node as Record<string, unknown>, key: last };
}
