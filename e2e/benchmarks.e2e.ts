import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useBrowserApp } from './support/browser-app.js';
import { chromiumAvailable } from './support/chromium.js';
import { signInThroughForm } from './support/pages.js';

describe.runIf(chromiumAvailable())('benchmark results in the browser', () => {
  const env = useBrowserApp('benchmarks');

  it('lets the lead download the template, import it and see its rows next to the labelled synthetic demo set', async () => {
    const { context, page } = await signInThroughForm(env.browser, env.app.url, 'lead@polyphony.demo', 'en-GB');

    // The menu leads to the results; the demo packages are labelled as synthetic.
    await page.locator('a[href="/benchmarks"]').first().click();
    await page.getByTestId('benchmarks-page').waitFor();
    await page.getByTestId('synthetic-notice').waitFor();
    expect(await page.getByTestId('synthetic-badge').count()).toBeGreaterThan(0);

    // Download the XLSX template and import it unchanged.
    await page.getByTestId('benchmark-import-open').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('benchmark-template-xlsx').click()]);
    expect(download.suggestedFilename()).toBe('benchmark-results-template.xlsx');
    const template = path.join(env.folder, 'template.xlsx');
    await download.saveAs(template);
    await page.getByTestId('benchmark-file').setInputFiles(template);
    await page.getByTestId('benchmark-preview').waitFor();
    expect(await page.getByTestId('preview-created').textContent()).toBe('2');
    expect(await page.getByTestId('preview-new-packages').textContent()).toContain('example-package');
    await page.getByTestId('benchmark-import-confirm').click();
    expect(await page.getByTestId('benchmark-import-done').textContent()).toContain('2 new');

    // The two rows are in the results table.
    await page.getByTestId('benchmark-import-see-results').click();
    await page.getByTestId('benchmark-filter-package').selectOption('example-package');
    await expect.poll(() => page.getByTestId('benchmark-row').count(), { timeout: 20_000 }).toBe(2);
    const rows = await page.getByTestId('benchmark-row').allTextContents();
    expect(rows.join('\n')).toContain('sensitivity');
    expect(rows.join('\n')).toContain('0.870');

    // A second import of the same file changes nothing; a broken file is explained row by row, in German.
    await page.goto(`${env.app.url}/benchmarks/import`);
    await page.getByTestId('language-switcher').selectOption('de');
    await page.getByTestId('benchmark-file').setInputFiles(template);
    await page.getByTestId('preview-nothing').waitFor();
    expect(await page.getByTestId('benchmark-import-confirm').count()).toBe(0);
    const broken = path.join(env.folder, 'broken.csv');
    writeFileSync(broken, 'package,package_version,task,center,dataset,metric,value,ci_low,ci_high,n\nexample-package,1.0.0,grading,RUMC,d,auc,0.8,0.7,0.9,10\n');
    await page.getByTestId('benchmark-file').setInputFiles(broken);
    await page.getByTestId('benchmark-problems').waitFor();
    const problem = await page.getByTestId('benchmark-problem').first().textContent();
    expect(problem).toContain('2');
    expect(problem).toContain('task');
    expect(problem).toContain('„grading“ ist keine Aufgabe');
    expect(await page.getByTestId('benchmark-import-confirm').count()).toBe(0);
    await context.close();
  });

  it('shows researchers the results and the mapping without import or editing', async () => {
    const { context, page } = await signInThroughForm(env.browser, env.app.url, 'researcher@polyphony.demo', 'en-GB');
    await page.goto(`${env.app.url}/benchmarks/criteria`);
    await page.getByTestId('criterion-table-accuracy').waitFor();
    expect(await page.getByTestId('criterion-save').count()).toBe(0);
    expect(await page.getByTestId('benchmarks-nav-import').count()).toBe(0);
    await context.close();
  });
});
