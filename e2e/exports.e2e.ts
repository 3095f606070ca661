import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBuiltApp, type RunningApp } from './support/app-server.js';
import { chromiumAvailable, launchChromium } from './support/chromium.js';
import { signInThroughForm } from './support/pages.js';

describe.runIf(chromiumAvailable())('exports in the browser', () => {
  let app: RunningApp;
  let browser: Browser;
  let folder: string;
  beforeAll(async () => {
    app = await startBuiltApp();
    browser = await launchChromium();
    folder = mkdtempSync(path.join(os.tmpdir(), 'polyphony-exports-e2e-'));
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  it('lets the lead start a workbook export, watch it finish and download it', async () => {
    const { page } = await signInThroughForm(browser, app.url, 'lead@polyphony.demo', 'en-GB');
    await page.locator('a[href="/exports"]').first().click();
    await page.getByTestId('exports-page').waitFor();
    await page.getByTestId('export-form').waitFor();

    await page.getByTestId('export-kind').selectOption('workbook');
    await page.getByTestId('export-language').selectOption('de');
    await page.getByTestId('export-start').click();

    // The list polls by itself while the job runs; the new job is the first row.
    const job = page.getByTestId('export-job').first();
    await job.waitFor();
    await expect.poll(() => job.getAttribute('data-status'), { timeout: 120_000, interval: 500 }).toBe('done');

    const [download] = await Promise.all([page.waitForEvent('download'), job.getByTestId('export-download').click()]);
    expect(download.suggestedFilename()).toMatch(/^polyphony-workbook-de-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const file = path.join(folder, download.suggestedFilename());
    await download.saveAs(file);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
    // German sheet names: the labels follow the chosen language.
    expect(workbook.getWorksheet('Datenwörterbuch')).toBeDefined();
    expect(workbook.getWorksheet('Kodierungen')).toBeDefined();
  });
});
