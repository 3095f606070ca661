import path from 'node:path';
import type { Download, Page } from 'playwright-core';

export interface ExportRequestInBrowser {
  /** The export kind's id, as the API lists it (`workbook`, `report-html`, …). */
  kind: string;
  /** The language of the file's labels. */
  language: 'nl' | 'de' | 'it' | 'en';
}

export interface SavedDownload {
  /** Where the file was saved, under its suggested name (some imports look at the extension). */
  path: string;
  suggestedFilename: string;
}

/** Clicks something that makes the browser download a file and saves that file in `folder`. */
export async function saveDownload(page: Page, click: () => Promise<void>, folder: string): Promise<SavedDownload> {
  const [download]: [Download, void] = await Promise.all([page.waitForEvent('download'), click()]);
  const suggestedFilename = download.suggestedFilename();
  const target = path.join(folder, suggestedFilename);
  await download.saveAs(target);
  return { path: target, suggestedFilename };
}

/**
 * On the Exports page: starts an export as a lead does (kind, language, start), waits until the new
 * job, the newest in the list, is ready, and downloads it through its link. The page polls the list
 * itself while a job is queued or running, so this only waits for what the user would see.
 */
export async function exportThroughPage(page: Page, baseUrl: string, request: ExportRequestInBrowser, folder: string, timeout = 120_000): Promise<SavedDownload> {
  if (new URL(page.url()).pathname !== '/exports') {
    await page.goto(`${baseUrl}/exports`);
  }
  await page.getByTestId('export-form').waitFor();
  // The list shows "no exports yet" instead of a table until the first one is started.
  await page.locator('[data-testid=export-jobs], [data-testid=exports-page] .empty').first().waitFor();
  const before = await page.getByTestId('export-job').count();
  await page.getByTestId('export-kind').selectOption(request.kind);
  await page.getByTestId('export-language').selectOption(request.language);
  await page.getByTestId('export-start').click();

  // Newest first: the new job is the first row once the list has one more.
  await page.waitForFunction((count) => document.querySelectorAll('[data-testid=export-job]').length > count, before, { timeout });
  const job = page.getByTestId('export-job').first();
  await page.waitForFunction(
    () => ['done', 'failed', 'cancelled'].includes(document.querySelector('[data-testid=export-job]')?.getAttribute('data-status') ?? ''),
    undefined,
    { timeout, polling: 250 },
  );
  const status = await job.getAttribute('data-status');
  if (status !== 'done') throw new Error(`the ${request.kind} export ended as ${status}: ${await job.textContent()}`);
  return saveDownload(page, () => job.getByTestId('export-download').click(), folder);
}
