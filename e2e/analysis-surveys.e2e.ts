import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { useBrowserApp } from './support/browser-app.js';
import { chromiumAvailable } from './support/chromium.js';
import { signInThroughForm } from './support/pages.js';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

describe.runIf(chromiumAvailable())('survey results in the browser', () => {
  const env = useBrowserApp('analysis-surveys');

  it('shows the lead the clinician instrument as diverging bars and tables per group, and downloads a chart as PNG', async () => {
    const { context, page } = await signInThroughForm(env.browser, env.app.url, 'lead@polyphony.demo', 'en-GB');
    await page.getByTestId('nav-analysis').click();
    await page.getByTestId('analysis-view-surveys').click();
    await page.waitForURL(`${env.app.url}/analysis/surveys`);

    // Choose the clinician instrument; the view is split by stakeholder group from the start.
    const clinicianVersion = await page.locator('[data-testid=survey-stats-version] option[data-key=clinician-meaningful-ai]').first().getAttribute('value');
    expect(clinicianVersion).toBeTruthy();
    await page.getByTestId('survey-stats-version').selectOption(clinicianVersion ?? '');
    const results = page.locator(`[data-testid=survey-stats-results][data-version="${clinicianVersion}"][data-by=group]`);
    await results.waitFor();
    expect(await page.getByTestId('survey-stats-count').textContent()).toContain('30 completed responses');

    // A Likert question: a diverging bar chart drawn as SVG, bars on both sides of zero.
    const scale = results.locator('[data-testid=survey-question][data-name=importance_accuracy]');
    await scale.locator('.chart-canvas svg').waitFor();
    expect(await scale.locator('h2').textContent()).toContain('Diagnostic accuracy');
    expect(await scale.locator('.chart-canvas svg path').count()).toBeGreaterThan(10);

    // Its numbers as a table: one row per clinician group plus everyone, n adding up to 30.
    const rows = scale.locator('[data-testid=survey-stats-table][data-kind=scale] [data-testid=survey-stats-row]');
    expect(await rows.evaluateAll((elements) => elements.map((e) => e.getAttribute('data-key')))).toEqual(['radiologist', 'neurologist', 'neurosurgeon', 'radiotherapist', '']);
    const counts = await rows.evaluateAll((elements) => elements.map((e) => Number(e.querySelector('td')?.textContent)));
    expect(counts.slice(0, 4).reduce((sum, n) => sum + n, 0)).toBe(30);
    expect(counts[4]).toBe(30);
    expect(await scale.locator('[data-stat=median]').first().textContent()).toMatch(/^\d/);

    // Rankings, thresholds and free text are there too.
    await results.locator('[data-testid=survey-question][data-kind=ranking] [data-testid=survey-stats-table]').waitFor();
    await results.locator('[data-testid=survey-question][data-name=threshold_sensitivity_progression] [data-testid=survey-stats-table][data-kind=numeric]').waitFor();
    expect(await results.locator('[data-testid=survey-free-text]').count()).toBeGreaterThan(5);

    // PNG download of the Likert chart: a real PNG named after the chart.
    const [download] = await Promise.all([page.waitForEvent('download'), scale.getByRole('button', { name: 'Download PNG' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^diagnostic-accuracy.*\.png$/);
    const png = await readFile(await download.path());
    expect(png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
    expect(png.length).toBeGreaterThan(5_000);
    await context.close();
  });
});
