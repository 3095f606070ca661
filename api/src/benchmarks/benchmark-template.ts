import ExcelJS from 'exceljs';
import { stringify } from 'csv-stringify/sync';
import { BENCHMARK_COLUMNS, BENCHMARK_METRICS, BENCHMARK_TASKS } from './benchmark-schema.js';

type TemplateRow = Record<(typeof BENCHMARK_COLUMNS)[number], string | number>;

/** Two example rows (a classification and a segmentation metric) at a center that exists. */
export function templateExampleRows(center: string): TemplateRow[] {
  return [
    { package: 'example-package', package_version: '1.0.0', task: 'characterisation', center, dataset: 'holdout-2026', metric: 'sensitivity', value: 0.87, ci_low: 0.8, ci_high: 0.92, n: 120 },
    { package: 'example-package', package_version: '1.0.0', task: 'infiltration', center, dataset: 'holdout-2026', metric: 'hd95', value: 6.4, ci_low: 5.1, ci_high: 7.9, n: 48 },
  ];
}

export function benchmarkTemplateCsv(center: string): string {
  const rows = templateExampleRows(center).map((row) => BENCHMARK_COLUMNS.map((column) => row[column]));
  // A BOM so Excel opens the UTF-8 file correctly.
  return `\uFEFF${stringify([[...BENCHMARK_COLUMNS], ...rows])}`;
}

const COLUMN_DOCS: Record<(typeof BENCHMARK_COLUMNS)[number], string> = {
  package: 'Package key: lower-case letters, digits and hyphens (2–40). A new key creates the package; edit its metadata afterwards.',
  package_version: 'Version of the package that produced the result (up to 40 characters).',
  task: `One of: ${BENCHMARK_TASKS.join(', ')}.`,
  center: 'Code of the center whose cases were evaluated (e.g. RUMC, UKD, UKM, UKL, UNITN).',
  dataset: 'Name of the dataset or split (up to 80 characters).',
  metric: `One of: ${Object.keys(BENCHMARK_METRICS).join(', ')}.`,
  value: 'The point estimate. Proportions (sensitivity, specificity, ppv, npv, balanced_accuracy, auc, dice) as 0–1, not percent.',
  ci_low: 'Lower bound of the 95% confidence interval (ci_low ≤ value).',
  ci_high: 'Upper bound of the 95% confidence interval (value ≤ ci_high).',
  n: 'Number of cases (or lesions) the estimate is based on: a whole number ≥ 1.',
};

/** The XLSX template: a `results` sheet (header + examples) and a `schema` sheet documenting it. */
export async function benchmarkTemplateXlsx(center: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const results = workbook.addWorksheet('results');
  results.columns = BENCHMARK_COLUMNS.map((key) => ({ header: key, key, width: key === 'package' || key === 'task' ? 20 : 16 }));
  for (const row of templateExampleRows(center)) results.addRow(row);
  results.getRow(1).font = { bold: true };
  results.views = [{ state: 'frozen', ySplit: 1 }];
  const schema = workbook.addWorksheet('schema');
  schema.columns = [
    { header: 'column', key: 'column', width: 18 },
    { header: 'meaning', key: 'meaning', width: 110 },
  ];
  for (const column of BENCHMARK_COLUMNS) schema.addRow({ column, meaning: COLUMN_DOCS[column] });
  schema.addRow({});
  schema.addRow({ column: 'metric', meaning: 'unit and allowed range' });
  for (const [metric, spec] of Object.entries(BENCHMARK_METRICS)) {
    schema.addRow({ column: metric, meaning: `${spec.unit}; ${spec.min ?? '−∞'} … ${spec.max ?? '∞'}` });
  }
  schema.getRow(1).font = { bold: true };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
