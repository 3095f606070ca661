import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { startBuiltApp, type RunningApp } from './app-server.js';
import { launchChromium } from './chromium.js';

/** What a browser-test file works with; read it inside tests (it is filled in before them). */
export interface BrowserApp {
  /** The built app, started for this file on its own embedded database with the demo study. */
  readonly app: RunningApp;
  readonly browser: Browser;
  /** A temporary folder for downloads and uploads, removed after the file. */
  readonly folder: string;
}

/**
 * Call once at the top of a browser-test `describe`: starts the built app and Chromium before its
 * tests and stops both (and removes the temporary folder) after them, even when a test failed.
 */
export function useBrowserApp(name: string): BrowserApp {
  const started: { app?: RunningApp; browser?: Browser; folder?: string } = {};
  beforeAll(async () => {
    started.app = await startBuiltApp();
    started.browser = await launchChromium();
    started.folder = mkdtempSync(path.join(os.tmpdir(), `polyphony-${name}-e2e-`));
  });
  afterAll(async () => {
    await started.browser?.close();
    await started.app?.stop();
    if (started.folder) rmSync(started.folder, { recursive: true, force: true });
  });
  const ready = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`useBrowserApp: the ${what} is not started yet (read it inside a test)`);
    return value;
  };
  return {
    get app() {
      return ready(started.app, 'app');
    },
    get browser() {
      return ready(started.browser, 'browser');
    },
    get folder() {
      return ready(started.folder, 'temporary folder');
    },
  };
}
