import { describe, expect, it } from 'vitest';
import { useBrowserApp } from './support/browser-app.js';
import { chromiumAvailable } from './support/chromium.js';
import { signInThroughForm } from './support/pages.js';

const CRITERIA = ['accuracy', 'explainability', 'cost', 'interpretation', 'care_pathway'];
const GROUPS = ['patient', 'radiologist', 'neurologist', 'neurosurgeon', 'radiotherapist'];

describe.runIf(chromiumAvailable())('joint display in the browser', () => {
  const env = useBrowserApp('findings');

  it('shows the lead a weight for every group and criterion, follows the center filter and shows rank probabilities', async () => {
    const { context, page } = await signInThroughForm(env.browser, env.app.url, 'lead@polyphony.demo', 'en-GB');
    await page.getByTestId('nav-findings').click();
    await page.waitForURL(`${env.app.url}/findings`);
    const table = page.getByTestId('findings-joint-table');
    await table.waitFor();

    // A number (with its interval) in every cell of the criteria × groups table.
    expect(await page.getByTestId('findings-criterion-row').count()).toBe(CRITERIA.length);
    for (const criterion of CRITERIA) {
      for (const group of GROUPS) {
        const weight = await page.getByTestId(`findings-cell-${criterion}-${group}`).getByTestId('findings-weight').textContent();
        expect(weight, `${criterion} × ${group}`).toMatch(/^0\.\d\d \(0\.\d\d–0\.\d\d\)$/);
      }
    }

    // Rank probabilities: a chart and its table, every package's row adding up to 100%.
    const ranks = page.getByTestId('findings-ranks');
    await ranks.locator('.chart-canvas svg').waitFor();
    const rows = await page.getByTestId('findings-rank-table').locator('tbody tr').evaluateAll((trs) =>
      trs.map((tr) => Array.from(tr.querySelectorAll('td'), (td) => Number.parseFloat(td.textContent ?? ''))),
    );
    expect(rows.length).toBeGreaterThan(1);
    for (const row of rows) expect(row.reduce((sum, v) => sum + v, 0)).toBeCloseTo(100, 0);

    // The center filter recomputes the display for one center.
    await page.getByTestId('findings-center').selectOption('UKM');
    await page.locator('[data-testid=findings-body][data-center=UKM]').waitFor();
    await page.getByTestId('findings-ranks').locator('.chart-canvas svg').waitFor();
    expect(await page.getByTestId('findings-rank-probability').count()).toBeGreaterThan(1);
    // The method is written out.
    expect(await page.getByTestId('findings-method').textContent()).toContain('rank-order centroid');
    await context.close();
  });
});
