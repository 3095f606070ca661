import './scripts/node20-polyfills.js';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// `npm run bench`: every *.bench.ts, one file at a time so figures do not disturb each other.
export default defineConfig({
  resolve: {
    alias: { '@polyphony/analysis': fileURLToPath(new URL('./analysis/src/index.ts', import.meta.url)) },
  },
  test: {
    include: ['**/*.bench.ts'],
    exclude: ['**/node_modules/**', '**/dist/**'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 600_000,
    hookTimeout: 600_000,
  },
});
