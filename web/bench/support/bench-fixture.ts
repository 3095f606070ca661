import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { startBuiltApp, type RunningApp } from '../../../e2e/support/app-server.js';
import { launchChromium } from '../../../e2e/support/chromium.js';
import { startBenchServer, type BenchServer } from './bench-server.js';
import { buildMinimalSurvey } from './minimal-survey-build.js';
import { createResumableSurvey } from './resumable-survey.js';

export interface BenchFixture {
  browser: Browser;
  /** The participant app on a survey link whose language and consent are done. */
  participantUrl: string;
  /** The baseline page on the same link. */
  minimalUrl: string;
  close(): Promise<void>;
}

/** The built app (run `npm run build` first), the baseline built now, both behind one local origin. */
export async function startBenchFixture(): Promise<BenchFixture> {
  const outDir = mkdtempSync(path.join(os.tmpdir(), 'polyphony-minimal-survey-'));
  let app: RunningApp | undefined;
  let server: BenchServer | undefined;
  let browser: Browser | undefined;
  try {
    await buildMinimalSurvey(outDir);
    app = await startBuiltApp();
    server = await startBenchServer(app.url, outDir);
    browser = await launchChromium();
    const survey = await createResumableSurvey(app.url);
    const started = { app, server, browser };
    return {
      browser,
      participantUrl: `${server.url}/survey/${survey.token}`,
      minimalUrl: `${server.url}/minimal/?token=${survey.token}&lang=${survey.language}`,
      close: async () => {
        await started.browser.close();
        await started.server.close();
        await started.app.stop();
        rmSync(outDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await browser?.close();
    await server?.close();
    await app?.stop();
    rmSync(outDir, { recursive: true, force: true });
    throw error;
  }
}
