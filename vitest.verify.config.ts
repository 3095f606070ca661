import './scripts/node20-polyfills.js';
import { defineConfig } from 'vitest/config';

// `npm run verify`: the crash, fault, load and abuse checks of verify/ against the built app and a
// real PostgreSQL server, one file at a time (they measure, and several start their own servers).
export default defineConfig({
  test: {
    include: ['verify/**/*.verify.ts'],
    environment: 'node',
    globalSetup: ['verify/support/global-setup.ts'],
    fileParallelism: false,
    // Generous: a check is one long test (fuzzing every route, the soak); its figures say how long it took.
    testTimeout: 1_500_000,
    hookTimeout: 300_000,
    sequence: { concurrent: false },
  },
});
