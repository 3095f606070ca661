import './scripts/node20-polyfills.js';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const analysisSource = fileURLToPath(new URL('./analysis/src/index.ts', import.meta.url));
// Database tests run against PostgreSQL when TEST_DATABASE_URL is set, otherwise on embedded PGlite;
// naming the project after the engine makes the summary show which one ran.
const databaseEngine = process.env.TEST_DATABASE_URL ? 'postgres' : 'pglite';

export default defineConfig({
  resolve: { alias: { '@polyphony/analysis': analysisSource } },
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'analysis', include: ['analysis/src/**/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        test: { name: 'locales', include: ['locales/**/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        test: {
          name: `api (${databaseEngine})`,
          include: ['api/src/**/*.spec.ts', 'api/test/**/*.spec.ts'],
          environment: 'node',
          testTimeout: 30_000,
          // Each file boots the app with the whole demo study (seeded once per file).
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: { name: 'web', include: ['web/src/**/*.test.{ts,tsx}'], environment: 'node' },
      },
      // SKIP_E2E=1 leaves the browser tests out (CI runs them once, in the PGlite pass).
      ...(process.env.SKIP_E2E === '1' ? [] : [{
        extends: true,
        test: {
          name: 'e2e',
          include: ['e2e/**/*.e2e.ts'],
          environment: 'node',
          globalSetup: ['e2e/support/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 300_000,
          // The browser waits on a busy machine (API tests run beside it): polls get 15 s, not 1 s.
          expect: { poll: { timeout: 15_000 } },
          // One browser and one app server at a time keeps a 2-core machine responsive.
          fileParallelism: false,
        },
      }]),
    ],
  },
});
