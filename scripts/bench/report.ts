import { appendFileSync, mkdirSync } from 'node:fs';

export interface BenchFigure {
  name: string;
  value: number;
  unit: string;
  baseline: { name: string; value: number };
}

/**
 * Prints one benchmark figure in the project's fixed format and keeps it in .bench-results/,
 * so `npm run bench` ends with every figure in one greppable place:
 * `bench <name> <value> <unit> baseline <name> <value> ratio <r>`.
 */
export function reportBench(figure: BenchFigure): string {
  const ratio = figure.value / figure.baseline.value;
  const line =
    `bench ${figure.name} ${round(figure.value)} ${figure.unit} ` +
    `baseline ${figure.baseline.name} ${round(figure.baseline.value)} ratio ${round(ratio)}`;
  console.log(line);
  mkdirSync('.bench-results', { recursive: true });
  appendFileSync('.bench-results/latest.txt', `${new Date().toISOString()} ${line}\n`);
  return line;
}

function round(value: number): string {
  return Number.isFinite(value) ? String(Math.round(value * 1000) / 1000) : String(value);
}
