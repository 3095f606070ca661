import type { StatisticsTable } from './statistics-variables.js';

/**
 * An R script that reads the bundle's CSV files with base R only: coded variables become factors
 * with their labels as levels, every variable gets a "label" attribute (as haven/labelled use).
 */
export function rScript(tables: readonly StatisticsTable[], language: string, heading: string): string {
  const lines = [
    `# ${heading}`,
    `# Language of labels: ${language}. Run with the unzipped folder as working directory, or set POLYPHONY_DIR.`,
    'polyphony_dir <- Sys.getenv("POLYPHONY_DIR", ".")',
    'read_polyphony <- function(file) {',
    '  utils::read.csv(file.path(polyphony_dir, file), stringsAsFactors = FALSE, check.names = FALSE,',
    '                  na.strings = "", encoding = "UTF-8", fileEncoding = "UTF-8", colClasses = "character")',
    '}',
    'as_code <- function(x, numeric) if (numeric) suppressWarnings(as.numeric(x)) else x',
    '',
  ];
  for (const table of tables) {
    const data = table.dataset;
    lines.push(`${data} <- read_polyphony(${r(table.file)})`);
    for (const variable of table.variables) {
      const column = `${data}[[${r(variable.name)}]]`;
      lines.push(`${column} <- as_code(${column}, ${variable.numeric ? 'TRUE' : 'FALSE'})`);
      if (variable.valueLabels && variable.valueLabels.length > 0) {
        const levels = variable.valueLabels.map((item) => (typeof item.value === 'number' ? String(item.value) : r(item.value)));
        const labels = uniqueLabels(variable.valueLabels.map((item) => item.label[language] ?? String(item.value)), variable.valueLabels.map((item) => String(item.value)));
        lines.push(`${column} <- factor(${column}, levels = c(${levels.join(', ')}), labels = c(${labels.map(r).join(', ')}))`);
      }
      const label = variable.label[language];
      if (label) lines.push(`attr(${column}, "label") <- ${r(label)}`);
    }
    lines.push('');
  }
  return lines.join('\n');
}

/** Factor labels must differ; a repeated label gets its code in brackets. */
function uniqueLabels(labels: string[], codes: string[]): string[] {
  const counts = new Map<string, number>();
  for (const label of labels) counts.set(label, (counts.get(label) ?? 0) + 1);
  return labels.map((label, i) => ((counts.get(label) ?? 0) > 1 ? `${label} [${codes[i]}]` : label));
}

/** An R string literal (JSON escapes are valid R escapes). */
function r(text: string): string {
  return JSON.stringify(text);
}
