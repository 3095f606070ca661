import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { useBrowserApp } from './support/browser-app.js';
import { chromiumAvailable } from './support/chromium.js';
import { signInThroughForm } from './support/pages.js';

// A real questionnaire made outside Polyphony: English and German on every string, nothing else.
const medicalService = fileURLToPath(new URL('../../shared/fixtures/surveyjs/real-medical-service.json', import.meta.url));

describe.runIf(chromiumAvailable())('instrument library in the browser', () => {
  const env = useBrowserApp('instruments');

  it('lets the project lead import a SurveyJS file, see its missing translations, publish it and export its texts', async () => {
    const { context, page } = await signInThroughForm(env.browser, env.app.url, 'lead@polyphony.demo', 'en-GB');
    await page.goto(`${env.app.url}/instruments`);
    await page.getByTestId('instrument-list').waitFor();
    expect(await page.getByTestId('instrument-key').allTextContents()).toEqual(
      expect.arrayContaining(['patient-meaningful-ai', 'clinician-meaningful-ai']),
    );
    const seeded = page.locator('[data-testid="instrument-card"][data-key="patient-meaningful-ai"]');
    expect(await seeded.getByTestId('version-chip').first().getByText('Published').count()).toBe(1);

    await page.getByTestId('import-file').setInputFiles(medicalService);
    await page.getByTestId('import-key').fill('medical-service');
    await page.getByTestId('import-group-patient').check();
    await page.getByTestId('import-submit').click();
    const report = page.getByTestId('instrument-imported');
    await report.waitFor();
    expect(await report.getByTestId('coverage-nl').getAttribute('data-state')).toBe('missing');
    expect(await report.getByTestId('coverage-it').getAttribute('data-state')).toBe('missing');
    expect(await report.getByTestId('coverage-en').getAttribute('data-state')).toBe('complete');
    expect(await report.getByTestId('coverage-de').getAttribute('data-state')).toBe('complete');
    await expect.poll(() => page.getByTestId('instrument-key').allTextContents()).toContain('medical-service');

    await report.getByTestId('open-imported-version').click();
    const status = page.getByTestId('version-status');
    await status.waitFor();
    expect(await status.getAttribute('data-status')).toBe('draft');
    expect(await page.getByTestId('completeness-nl').getAttribute('data-state')).toBe('none');
    await expect.poll(() => page.getByTestId('question-row').count()).toBeGreaterThan(0);

    await page.getByTestId('publish-start').click();
    await page.getByTestId('publish-confirm').click();
    await expect.poll(() => status.getAttribute('data-status')).toBe('published');
    await page.getByTestId('version-published').waitFor();
    expect((await page.getByTestId('version-checksum').textContent())?.trim()).toMatch(/^[0-9a-f]{64}$/);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
    expect(download.suggestedFilename()).toBe('medical-service-v1-translations.csv');
    const csv = await readFile(await download.path(), 'utf8');
    expect(csv.replace(/^\uFEFF/, '').split(/\r?\n/)[0]).toBe('path,question,nl,de,it,en');

    await context.close();
  });
});
