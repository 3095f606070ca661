import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The repository root, found by walking up to the folder that holds locales/ and package.json.
 * The API runs both from source (tests) and from api/dist (npm start), at different depths.
 */
function findRepositoryRoot(start: string): string {
  let current = start;
  while (current !== path.dirname(current)) {
    if (existsSync(path.join(current, 'locales')) && existsSync(path.join(current, 'package.json'))) return current;
    current = path.dirname(current);
  }
  throw new Error(`Cannot find the Polyphony repository root above ${start}`);
}

export const repositoryRoot = findRepositoryRoot(path.dirname(fileURLToPath(import.meta.url)));
