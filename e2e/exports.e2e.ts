import { readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { useBrowserApp } from './support/browser-app.js';
import { chromiumAvailable } from './support/chromium.js';
import { signInThroughForm } from './support/pages.js';

describe.runIf(chromiumAvailable())('exports in the browser', () => {
  const env = useBrowserApp('exports');

  it('lets the lead start a workbook export, watch it finish and download it', async () => {
    const { page } = await signInThroughForm(env.browser, env.app.url, 'lead@polyphony.demo', 'en-GB');
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
    const file = path.join(env.folder, download.suggestedFilename());
    await download.saveAs(file);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
    // German sheet names: the labels follow the chosen language.
    expect(workbook.getWorksheet('Datenwörterbuch')).toBeDefined();
    expect(workbook.getWorksheet('Kodierungen')).toBeDefined();
  });
});
