import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowserApp } from './support/browser-app.js';
import { chromiumAvailable } from './support/chromium.js';
import { signInThroughForm } from './support/pages.js';

// A German interview nobody has coded yet: the demo interviews are all coded, so suggestions need one.
const UNCODED_INTERVIEW = [
  'I: Wer soll am Ende über die Behandlung entscheiden?',
  'P: Der Arzt. Die Technik darf helfen, aber entscheiden muss ein Mensch, der mich kennt.',
  'I: Und was erwarten Sie vom Programm?',
  'P: Dass mir jemand erklärt, was die Maschine gesehen hat, und warum.',
].join('\n');

/** Calls the API as the signed-in browser does: its cookies, and the CSRF token echoed in a header. */
async function api<T>(page: Page, method: 'GET' | 'POST', url: string, body?: unknown): Promise<T> {
  const csrf = (await page.context().cookies()).find((cookie) => cookie.name === 'polyphony_csrf')?.value ?? '';
  const response = await page.request.fetch(url, { method, headers: { 'x-csrf-token': csrf }, ...(body === undefined ? {} : { data: body }) });
  if (!response.ok()) throw new Error(`${method} ${url}: ${response.status()} ${await response.text()}`);
  return (await response.json()) as T;
}

describe.runIf(chromiumAvailable())('text analysis and code suggestions in the browser', () => {
  const env = useBrowserApp('analysis-text');

  it('shows word frequencies and keyword in context, then turns an accepted suggestion into a coding', async () => {
    const { context, page } = await signInThroughForm(env.browser, env.app.url, 'researcher@polyphony.demo', 'en-GB');

    // Analysis → Text on the demo's German interviews (the researcher's interface is Dutch): frequencies as chart and table.
    await page.getByTestId('nav-analysis').click();
    await page.getByTestId('analysis-view-text').click();
    await page.waitForURL(`${env.app.url}/analysis/text`);
    await page.getByTestId('text-language').selectOption('de');
    const table = page.getByTestId('word-frequency-table');
    await table.locator('tbody tr').first().waitFor();
    expect(await table.locator('tbody tr').count()).toBeGreaterThan(10);
    await page.locator('[data-testid=word-frequencies] .chart-canvas svg').waitFor();
    expect(await page.getByTestId('word-frequencies-summary').textContent()).toMatch(/^\d+ \S+, \d+ /);

    // Clicking the most frequent word lists every place it occurs, each linked to the reader.
    const firstTerm = table.getByTestId('frequency-term').first();
    const word = (await firstTerm.textContent()) ?? '';
    const firstCount = Number(await table.locator('tbody tr').first().locator('td.numeric').first().textContent());
    await firstTerm.click();
    await page.getByTestId('kwic-line').first().waitFor();
    expect(await page.getByTestId('kwic-term').inputValue()).toBe(word);
    // Every counted occurrence of the stem is a keyword-in-context line (stop words sharing a stem would add more).
    expect(await page.getByTestId('kwic-line').count()).toBeGreaterThanOrEqual(firstCount);
    expect(await page.getByTestId('kwic-line').first().locator('.kwic-keyword').textContent()).not.toBe('');
    expect(await page.getByTestId('kwic-open').first().getAttribute('href')).toMatch(/^\/transcripts\/[0-9a-f-]{36}#start=\d+&end=\d+$/);

    // An uncoded interview to get suggestions for, imported through the API.
    const participants = await api<{ items: Array<{ id: string; code: string }> }>(page, 'GET', `${env.app.url}/api/participants?center=UKM&group=patient`);
    const participant = participants.items.find((p) => p.code === 'UKM-P-0002') ?? participants.items[0]!;
    const transcript = await api<{ id: string }>(page, 'POST', `${env.app.url}/api/transcripts`, {
      fileName: 'e2e-interview.txt',
      contentBase64: Buffer.from(UNCODED_INTERVIEW, 'utf8').toString('base64'),
      participantId: participant.id,
      language: 'de',
      interviewMonth: '2026-10',
      replacements: [],
    });

    // Analysis → Code suggestions: generate for that interview with a low threshold (the demo is small).
    await page.goto(`${env.app.url}/analysis`);
    await page.getByTestId('analysis-view-suggestions').click();
    await page.waitForURL(`${env.app.url}/analysis/suggestions`);
    await page.locator(`[data-testid=generate-transcript][data-participant="${participant.code}"]`).check();
    // The threshold slider by keyboard, as a keyboard user would: 50% down to 20% in steps of 5.
    await page.locator('[data-testid=generate-suggestions] input[type=range]').focus();
    for (let step = 0; step < 6; step += 1) await page.keyboard.press('ArrowLeft');
    expect(await page.locator('[data-testid=generate-suggestions] input[type=range]').inputValue()).toBe('20');
    await page.getByTestId('generate-submit').click();
    await page.getByTestId('generate-result').waitFor();
    await page.getByTestId('suggestion-item').first().waitFor();
    // The model's cross-validated quality is shown next to the queue, per code and on average.
    await page.locator('[data-testid=model-quality-model][data-language=de]').waitFor();
    expect(await page.getByTestId('model-quality-macro').first().textContent()).toMatch(/\d+%/);
    expect(await page.getByTestId('model-quality-table').first().locator('tbody tr').count()).toBeGreaterThan(3);

    // Accept the first suggestion with the keyboard: it leaves the queue and becomes a coding.
    const item = page.getByTestId('suggestion-item').first();
    const suggestionId = (await item.getAttribute('data-suggestion-id')) ?? '';
    const queue = await api<{ items: Array<{ id: string; codeId: string; transcriptId: string }> }>(page, 'GET', `${env.app.url}/api/analysis/suggestions`);
    const suggestion = queue.items.find((s) => s.id === suggestionId)!;
    expect(suggestion.transcriptId).toBe(transcript.id);
    await item.focus();
    await page.keyboard.press('a');
    await page.getByTestId('suggestion-accepted').waitFor();
    await page.locator(`[data-suggestion-id="${suggestionId}"]`).waitFor({ state: 'detached' });

    await page.goto(`${env.app.url}/transcripts/${transcript.id}`);
    await page.locator(`[data-testid=coding-chip][data-code-id="${suggestion.codeId}"]`).waitFor();
    const codings = await api<{ items: Array<{ codeId: string }> }>(page, 'GET', `${env.app.url}/api/transcripts/${transcript.id}/codings`);
    expect(codings.items.map((c) => c.codeId)).toEqual([suggestion.codeId]);
    await context.close();
  });
});
