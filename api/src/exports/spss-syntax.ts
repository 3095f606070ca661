import type { StatisticsTable, StatisticsVariable } from './statistics-variables.js';

// SPSS limits variable labels to 256 bytes; value labels to 120.
const VARIABLE_LABEL_MAX = 250;
const VALUE_LABEL_MAX = 120;

/** SPSS syntax that reads each CSV file (GET DATA) and sets VARIABLE LABELS and VALUE LABELS. */
export function spssSyntax(tables: readonly StatisticsTable[], language: string, heading: string): string {
  const lines = [`* ${heading}.`, `* Language of labels: ${language}. Run with the unzipped folder as working directory (CD 'folder').`, 'SET UNICODE=ON.', ''];
  for (const table of tables) {
    lines.push(`GET DATA /TYPE=TXT /FILE=${s(table.file)} /ENCODING='UTF8' /DELIMITERS="," /QUALIFIER='"' /ARRANGEMENT=DELIMITED /FIRSTCASE=2`);
    lines.push('  /VARIABLES=');
    for (const variable of table.variables) lines.push(`    ${variable.name} ${format(variable)}`);
    lines.push('.');
    lines.push(`DATASET NAME ${table.dataset}.`);
    const labelled = table.variables.filter((variable) => variable.label[language]);
    if (labelled.length > 0) {
      lines.push('VARIABLE LABELS');
      lines.push(labelled.map((variable) => `  ${variable.name} ${s(truncate(variable.label[language], VARIABLE_LABEL_MAX))}`).join('\n  /') + '.');
    }
    const coded = table.variables.filter((variable) => variable.valueLabels && variable.valueLabels.length > 0);
    if (coded.length > 0) {
      lines.push('VALUE LABELS');
      const blocks = coded.map((variable) => {
        const pairs = (variable.valueLabels ?? []).map((item) => `    ${typeof item.value === 'number' ? String(item.value) : s(item.value)} ${s(truncate(item.label[language] ?? String(item.value), VALUE_LABEL_MAX))}`);
        return [`  ${variable.name}`, ...pairs].join('\n');
      });
      lines.push(blocks.join('\n  /') + '.');
    }
    lines.push('EXECUTE.', '');
  }
  return lines.join('\n');
}

function format(variable: StatisticsVariable): string {
  return variable.numeric ? 'F12.4' : `A${Math.min(Math.max(variable.width, 8), 32767)}`;
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** An SPSS string literal: single quotes, doubled inside; line breaks become spaces. */
function s(text: string): string {
  return `'${text.replace(/[\r\n]+/g, ' ').replace(/'/g, "''")}'`;
}
