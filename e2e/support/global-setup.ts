import { execSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumAvailable } from './chromium.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * Browser tests run the built app exactly as `npm start` does, so they build it once first
 * (E2E_SKIP_BUILD=1 reuses an existing build, as .ci/run does after its own build step).
 */
export default function setup(): void {
  if (!chromiumAvailable()) {
    console.warn('e2e: /usr/bin/chromium not found (apt-get install chromium); browser tests are skipped.');
    return;
  }
  if (process.env.E2E_SKIP_BUILD === '1') return;
  execSync('npm run build', { cwd: root, stdio: 'inherit' });
}
