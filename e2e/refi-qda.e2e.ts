import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readZipEntryWithNode } from '../api/src/codebook/refi-qdc/test-support/read-zip-entry.js';
import { describe, expect, it } from 'vitest';
import { useBrowserApp } from './support/browser-app.js';
import { chromiumAvailable } from './support/chromium.js';
import { signInThroughForm } from './support/pages.js';

// Read by path from the shared fixtures, never copied into the project.
const NVIVO = fileURLToPath(new URL('../../shared/fixtures/refi-qda/samples/nvivo12-vaccine-attitudes.qdpx', import.meta.url));

const inflateProject = (archive: Buffer): string => readZipEntryWithNode(archive, 'project.qde').toString('utf8');

/** What the sample's own project.qde holds, counted independently of the importer. */
function codingsOnText(): number {
  const archive = readFileSync(NVIVO);
  // NVivo's sample has text sources only, so every <Coding> is on text.
  const xml = inflateProject(archive);
  return xml.match(/<Coding\b/g)?.length ?? 0;
}

describe.runIf(chromiumAvailable())('REFI-QDA projects in the browser', () => {
  const env = useBrowserApp('refi-qda');

  it('imports the NVivo sample through the import page and downloads the project again', async () => {
    const { page, context } = await signInThroughForm(env.browser, env.app.url, 'lead@polyphony.demo', 'en-GB');
    await page.goto(`${env.app.url}/transcripts`);
    await page.getByTestId('qdpx-import-open').click();
    await page.getByTestId('qdpx-import-page').waitFor();
    await page.getByTestId('qdpx-file').setInputFiles(NVIVO);
    await page.getByTestId('qdpx-check').click();

    await page.getByTestId('qdpx-preview').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('qdpx-count-sources').textContent()).toContain('2 text sources');
    expect(await page.getByTestId('qdpx-count-codings').textContent()).toContain(`${codingsOnText()} codings`);
    expect(await page.getByTestId('qdpx-all-carried').count()).toBe(1);
    // The NVivo user names are real names; the page shows only "Coder n".
    expect(await page.content()).not.toContain('floriansipos');

    // Each source becomes the interview of a pseudonymous RUMC participant.
    const cards = page.getByTestId('qdpx-source');
    expect(await cards.count()).toBe(2);
    for (let index = 0; index < 2; index += 1) {
      const card = cards.nth(index);
      await card.getByTestId('import-participant-search').fill('RUMC');
      const option = card.locator('[data-testid="import-participant-option"][data-code^="RUMC-"]').nth(index);
      await option.waitFor();
      await option.check();
      await card.getByTestId('qdpx-source-month').fill('2025-06');
    }
    await page.getByTestId('qdpx-import').click();

    await page.getByTestId('qdpx-summary').waitFor({ timeout: 120_000 });
    expect(await page.getByTestId('qdpx-summary-transcripts').textContent()).toContain('2 transcripts');
    expect(await page.getByTestId('qdpx-summary-codings').textContent()).toContain(`${codingsOnText()} codings`);

    // Back on the list, the lead downloads everything as a REFI-QDA project (a background export).
    await page.goto(`${env.app.url}/transcripts`);
    await page.getByTestId('qdpx-export-start').click();
    const link = page.getByTestId('qdpx-export-download');
    await link.waitFor({ timeout: 120_000 });
    const response = await context.request.get(`${env.app.url}${(await link.getAttribute('href')) ?? ''}`);
    expect(response.status()).toBe(200);
    const body = await response.body();
    expect(body.subarray(0, 2).toString('latin1')).toBe('PK');
    await context.close();
  }, 300_000);
});
