import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { zipDeclaredSize } from '../transcripts/import/zip-declared-size.js';
import { BENCHMARK_COLUMNS } from './benchmark-schema.js';
import { problem, type BenchmarkProblem } from './benchmark-problems.js';

export type BenchmarkFileFormat = 'csv' | 'xlsx' | 'json';

/** A data row of the file: its row number and the raw cell of each known column. */
export interface BenchmarkRecord {
  row: number;
  cells: Record<string, unknown>;
}

export interface BenchmarkFileContents {
  format: BenchmarkFileFormat | null;
  records: BenchmarkRecord[];
  /** Problems of the file as a whole or of its header; when present the records are not checked. */
  problems: BenchmarkProblem[];
}

export const MAX_BENCHMARK_ROWS = 20_000;
// An XLSX of 20 000 rows is a few MB unpacked; anything declaring far more is refused unopened.
const MAX_XLSX_UNPACKED_BYTES = 60_000_000;

/** Recognises the format by content (an .xlsx is a zip; JSON starts with [ or {), else CSV. */
export function sniffBenchmarkFormat(bytes: Uint8Array): BenchmarkFileFormat | 'xls' {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) return 'xlsx';
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) return 'xls';
  const start = new TextDecoder('utf-8').decode(bytes.subarray(0, 64)).replace(/^\uFEFF/, '').trimStart();
  return start.startsWith('[') || start.startsWith('{') ? 'json' : 'csv';
}

/** Reads a CSV, XLSX or JSON benchmark file into records keyed by the documented column names. */
export async function readBenchmarkFile(bytes: Uint8Array): Promise<BenchmarkFileContents> {
  const format = sniffBenchmarkFormat(bytes);
  if (bytes.length === 0) return { format: null, records: [], problems: [problem('BENCHMARK_FILE_EMPTY', null, null)] };
  switch (format) {
    case 'xls':
      return unreadable('xls');
    case 'csv':
      return fromTable('csv', readCsv(bytes));
    case 'xlsx':
      return fromTable('xlsx', await readXlsx(bytes));
    case 'json':
      return readJson(bytes);
  }
}

function unreadable(detail: string, format: BenchmarkFileFormat | null = null): BenchmarkFileContents {
  return { format, records: [], problems: [problem('BENCHMARK_FILE_UNREADABLE', null, null, { detail })] };
}

/** Header row plus data rows, each with the row number a spreadsheet shows; null when unreadable. */
type Table = { header: unknown[]; rows: { row: number; values: unknown[] }[] } | { unreadable: string };

function decodeText(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    // Excel on Windows may still save "CSV" as Windows-1252.
    return null;
  }
}

function readCsv(bytes: Uint8Array): Table {
  const text = decodeText(bytes) ?? new TextDecoder('windows-1252').decode(bytes);
  const firstLine = text.slice(0, text.indexOf('\n') >= 0 ? text.indexOf('\n') : undefined);
  // Excel in Dutch, German and Italian writes semicolon-separated CSV; some tools write tabs.
  const delimiter = [';', '\t', ','].reduce((best, candidate) => (count(firstLine, candidate) > count(firstLine, best) ? candidate : best), ',');
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, { delimiter, relax_column_count: true, skip_empty_lines: true, info: true, max_record_size: 100_000 }) as unknown as typeof records;
  } catch (error) {
    return { unreadable: error instanceof Error ? error.message.slice(0, 200) : 'csv' };
  }
  const [header, ...rows] = records;
  if (!header) return { header: [], rows: [] };
  return { header: header.record, rows: rows.map(({ record, info }) => ({ row: info.lines, values: record })) };
}

function count(text: string, character: string): number {
  return text.split(character).length - 1;
}

async function readXlsx(bytes: Uint8Array): Promise<Table> {
  const declared = zipDeclaredSize(bytes);
  if (declared === null || declared > MAX_XLSX_UNPACKED_BYTES) return { unreadable: 'xlsx' };
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer);
  } catch {
    return { unreadable: 'xlsx' };
  }
  // The template's first sheet holds the results; a "schema" sheet after it is documentation.
  const sheet = workbook.worksheets.find((s) => s.name.toLowerCase() === 'results') ?? workbook.worksheets[0];
  if (!sheet) return { header: [], rows: [] };
  let header: unknown[] | null = null;
  const rows: { row: number; values: unknown[] }[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const values = Array.isArray(row.values) ? row.values.slice(1).map(cellValue) : [];
    if (values.every((v) => v === '' || v === null || v === undefined)) return;
    if (header === null) header = values;
    else rows.push({ row: rowNumber, values });
  });
  return { header: header ?? [], rows };
}

/** The plain value of an ExcelJS cell: formulas give their result, rich text its text. */
function cellValue(value: unknown): unknown {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'object') return value;
  if (value instanceof Date) return value.toISOString();
  const object = value as { result?: unknown; richText?: { text: string }[]; text?: unknown; error?: unknown };
  if ('result' in object) return cellValue(object.result);
  if (Array.isArray(object.richText)) return object.richText.map((part) => part.text).join('');
  if ('text' in object) return cellValue(object.text);
  if ('error' in object) return String(object.error);
  return '';
}

function normaliseHeader(value: unknown): string {
  return (typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '')
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}

function fromTable(format: 'csv' | 'xlsx', table: Table): BenchmarkFileContents {
  if ('unreadable' in table) return unreadable(table.unreadable, format);
  if (table.header.length === 0) return { format, records: [], problems: [problem('BENCHMARK_FILE_EMPTY', null, null)] };
  const columns = table.header.map(normaliseHeader);
  const headerProblems = headerCheck(columns, 1);
  if (headerProblems.length > 0) return { format, records: [], problems: headerProblems };
  const records = table.rows.map(({ row, values }) => ({ row, cells: Object.fromEntries(columns.map((column, index) => [column, values[index] ?? ''])) }));
  return withRowChecks(format, records);
}

function headerCheck(columns: string[], row: number | null): BenchmarkProblem[] {
  const known = new Set<string>(BENCHMARK_COLUMNS);
  const problems: BenchmarkProblem[] = [];
  for (const column of BENCHMARK_COLUMNS) if (!columns.includes(column)) problems.push(problem('BENCHMARK_MISSING_COLUMN', row, column));
  for (const column of columns) if (column !== '' && !known.has(column)) problems.push(problem('BENCHMARK_UNKNOWN_COLUMN', row, column));
  return problems;
}

function withRowChecks(format: BenchmarkFileFormat, records: BenchmarkRecord[]): BenchmarkFileContents {
  if (records.length === 0) return { format, records, problems: [problem('BENCHMARK_FILE_EMPTY', null, null)] };
  if (records.length > MAX_BENCHMARK_ROWS) return { format, records: [], problems: [problem('BENCHMARK_TOO_MANY_ROWS', null, null, { max: MAX_BENCHMARK_ROWS })] };
  return { format, records, problems: [] };
}

/** JSON: an array of objects with the column names as keys, or `{ "rows": [ … ] }`. */
function readJson(bytes: Uint8Array): BenchmarkFileContents {
  const text = decodeText(bytes);
  if (text === null) return unreadable('json', 'json');
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return unreadable(error instanceof Error ? error.message.slice(0, 200) : 'json', 'json');
  }
  const items = Array.isArray(parsed) ? parsed : typeof parsed === 'object' && parsed !== null && Array.isArray((parsed as { rows?: unknown }).rows) ? (parsed as { rows: unknown[] }).rows : null;
  if (items === null) return unreadable('json', 'json');
  const records: BenchmarkRecord[] = [];
  const problems: BenchmarkProblem[] = [];
  const known = new Set<string>(BENCHMARK_COLUMNS);
  items.forEach((item, index) => {
    const row = index + 1;
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      problems.push(problem('BENCHMARK_FILE_UNREADABLE', row, null, { detail: 'json' }));
      return;
    }
    const cells = Object.fromEntries(Object.entries(item as Record<string, unknown>).map(([key, value]) => [normaliseHeader(key), value]));
    for (const column of Object.keys(cells)) if (!known.has(column)) problems.push(problem('BENCHMARK_UNKNOWN_COLUMN', row, column));
    records.push({ row, cells });
  });
  if (problems.length > 0) return { format: 'json', records: [], problems };
  return withRowChecks('json', records);
}
