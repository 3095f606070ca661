import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { verdictLabel, type Figure } from './results.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * The suite drives the built app (api/dist, web/dist) as `npm start` would; `npm run verify`
 * builds it first. At the end every figure is printed once more as one table.
 */
export default function setup(project: TestProject): () => void {
  if (!existsSync(path.join(root, 'api/dist/api/src/main.js'))) throw new Error('verify needs the built app: run `npm run build` first (npm run verify does).');
  const folder = mkdtempSync(path.join(os.tmpdir(), 'polyphony-verify-results-'));
  const file = path.join(folder, 'figures.jsonl');
  writeFileSync(file, '');
  project.provide('verifyResultsFile', file);
  const started = Date.now();
  return () => {
    const figures = readFileSync(file, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as Figure);
    rmSync(folder, { recursive: true, force: true });
    const lines = figures.map((f) => `  ${verdictLabel(f.pass)}  ${f.check}: ${f.figure}`);
    const failed = figures.filter((f) => f.pass === false).length;
    process.stdout.write(
      `\n=== verify: ${figures.length} figures, ${failed} failed, ${Math.round((Date.now() - started) / 1000)} s\n${lines.join('\n')}\n`,
    );
  };
}
