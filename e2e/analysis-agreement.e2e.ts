import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { useBrowserApp } from './support/browser-app.js';
import { chromiumAvailable } from './support/chromium.js';
import { signInThroughForm } from './support/pages.js';

describe.runIf(chromiumAvailable())('agreement, co-occurrence and crosstabs in the browser', () => {
  const env = useBrowserApp('analysis-agreement');

  it('shows the lead the agreement on the demo interviews and takes a disagreement to its passage', async () => {
    const { context, page } = await signInThroughForm(env.browser, env.app.url, 'lead@polyphony.demo', 'en-GB');
    await page.getByTestId('nav-analysis').click();
    await page.getByTestId('analysis-open-agreement').click();
    await page.waitForURL(`${env.app.url}/analysis/agreement`);

    // The method, named in a form a methods section can quote.
    const method = page.getByTestId('agreement-method-name');
    await method.waitFor();
    expect(await method.textContent()).toContain("Cohen's kappa");
    expect(await page.getByTestId('agreement-method').textContent()).toContain('bootstrap');

    // A row per code, after the all-codes row, with kappa and its interval.
    const rows = page.getByTestId('agreement-row');
    expect(await rows.count()).toBeGreaterThan(5);
    expect(await rows.first().locator('th').textContent()).toBe('All codes');
    expect(await rows.nth(1).locator('td').nth(2).textContent()).toMatch(/^-?\d\.\d\d \[-?\d\.\d\d, -?\d\.\d\d\]$|^undefined$/);
    expect(await page.locator('[data-testid=agreement-page] .chart-canvas svg').count()).toBe(1);
    expect(await page.getByTestId('coder-pair-table').locator('tbody tr').count()).toBe(1);

    // The character unit names its own method.
    await page.getByTestId('agreement-unit').selectOption('character');
    await page.waitForFunction(() => document.querySelector('[data-testid=agreement-method-name]')?.textContent?.includes('Character level'));

    // A disagreement opens the reader at that passage.
    const link = page.getByTestId('disagreement-link').first();
    const href = await link.getAttribute('href');
    expect(href).toMatch(/^\/transcripts\/[0-9a-f-]+#start=\d+&end=\d+$/);
    await link.click();
    await page.waitForURL(/\/transcripts\/[0-9a-f-]+#start=\d+&end=\d+$/);
    await page.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'reader-segment');
    await context.close();
  });

  it('draws co-occurrence and crosstabs with their tables, and downloads a chart as SVG', async () => {
    const { context, page } = await signInThroughForm(env.browser, env.app.url, 'lead@polyphony.demo', 'en-GB');
    await page.getByTestId('nav-analysis').click();
    await page.getByTestId('analysis-open-cooccurrence').click();
    await page.waitForURL(`${env.app.url}/analysis/cooccurrence`);
    await page.locator('[data-testid=cooccurrence-page] .chart-canvas svg').waitFor();
    expect(await page.getByTestId('cooccurrence-row').count()).toBeGreaterThan(3);
    await page.getByTestId('cooccurrence-measure').selectOption('c');
    await page.getByTestId('cooccurrence-unit').selectOption('segment');
    await page.getByTestId('sort-c').click();
    await page.getByTestId('cooccurrence-row').first().waitFor();

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download SVG' }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.svg$/);
    const svg = await readFile(await download.path(), 'utf8');
    expect(svg).toContain('<svg');

    await page.getByTestId('nav-analysis').click();
    await page.getByTestId('analysis-open-crosstabs').click();
    await page.waitForURL(`${env.app.url}/analysis/crosstabs`);
    await page.locator('[data-testid=crosstabs-page] .chart-canvas svg').waitFor();
    expect(await page.getByTestId('crosstab-row').count()).toBeGreaterThan(3);
    const header = await page.getByTestId('crosstab-table').locator('thead').textContent();
    expect(header).toContain('Patient');
    await page.getByTestId('crosstab-dimension').selectOption('language');
    await page.waitForFunction(() => document.querySelector('[data-testid=crosstab-table] thead')?.textContent?.includes('Italian'));
    await page.getByTestId('crosstab-measure').selectOption('shareOfParticipants');
    await page.getByTestId('crosstab-layout').selectOption('grouped');
    expect(await page.getByTestId('crosstab-row').first().locator('td').first().textContent()).toMatch(/%$/);
    await context.close();
  });
});
