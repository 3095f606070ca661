import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { useBrowserApp } from './support/browser-app.js';
import { chromiumAvailable } from './support/chromium.js';
import {
  answerPage,
  completeSurvey,
  dumpBrowserStorage,
  handOverTablet,
  nextPage,
  participantIdOf,
  plannedAnswer,
  responsesOf,
  seedPages,
  signInApi,
  signInOnTablet,
  tabletContext,
} from './support/survey-flow.js';

const waitingText = (JSON.parse(readFileSync(new URL('../locales/de/survey.json', import.meta.url), 'utf8')) as { status: { waitingTablet: string } }).status
  .waitingTablet;

describe.runIf(chromiumAvailable())('patient survey with the network gone halfway', () => {
  const env = useBrowserApp('survey-offline');

  it('keeps every answer through going offline and a reload, sends them once back online and leaves nothing behind', async () => {
    const context = await tabletContext(env.browser, 'de-DE');
    const page = await context.newPage();
    await signInOnTablet(page, env.app.url, 'staff.ukm@polyphony.demo');
    await page.evaluate(() => localStorage.setItem('polyphony.kiosk.returnAfterMs', '500'));
    const { code } = await handOverTablet(page, env.app.url, '86420');
    // The service worker must control the page before the network goes, or nothing could load offline.
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });

    await page.getByTestId('language-option-de').tap();
    await page.getByTestId('consent-agree').tap();
    await page.getByTestId('consent-continue').tap();
    await page.getByTestId('survey-screen').waitFor();

    const pages = seedPages('patient');
    const answers: Record<string, unknown> = {};
    for (const question of pages.flat()) answers[question.name] = plannedAnswer(question, 7);
    answers.comments = 'Offline geschrieben: das Tablet hatte kein Netz, die Antwort ist trotzdem angekommen.';
    const [page1 = [], page2 = [], page3 = [], page4 = []] = pages;
    await answerPage(page, page1, answers);
    await nextPage(page);
    await answerPage(page, page2, answers);
    await nextPage(page);

    // Halfway: the network goes. setOffline alone does not stop requests made through the service worker.
    await context.setOffline(true);
    await page.route('**/api/**', (route) => route.abort('internetdisconnected'));
    await answerPage(page, page3, answers);
    await nextPage(page);
    const [firstOfLast, ...restOfLast] = page4;
    if (!firstOfLast) throw new Error('the last page has questions');
    await answerPage(page, [firstOfLast], answers);
    await page.locator('[data-testid=save-status][data-state=waiting]').waitFor();
    expect(await page.getByTestId('save-status').textContent()).toBe(waitingText);

    // A reload without network (think: the battery died) resumes on the same page with the same answers.
    page.once('dialog', (dialog) => void dialog.accept());
    await page.reload();
    await page.getByTestId('survey-screen').waitFor();
    expect(await page.getByTestId('survey-progress').getAttribute('data-page')).toBe('4');
    expect(await page.locator(`.sd-question[data-name="${firstOfLast.name}"] input[value="${String(answers[firstOfLast.name])}"]`).isChecked()).toBe(true);
    await answerPage(page, restOfLast, answers);
    await completeSurvey(page);
    expect(await page.getByTestId('thank-you').getAttribute('data-confirmed')).toBe('false');
    await page.locator('[data-testid=save-status][data-state=waiting]').waitFor();

    // What waits on the tablet is there, but sealed: no answer readable, the key not exportable.
    const waiting = await dumpBrowserStorage(page);
    expect(waiting.indexedDbRecords).toBeGreaterThan(0);
    expect(waiting.text).not.toContain('Offline geschrieben');
    expect(waiting.text).not.toContain(String(answers.decision_role));
    expect(waiting.text).toContain('CryptoKey(AES-GCM, extractable=false)');

    // Nothing reached the server meanwhile beyond the first two pages.
    const lead = await signInApi(env.app.url, 'lead@polyphony.demo');
    const participantId = await participantIdOf(lead, code);
    const before = await responsesOf(lead, participantId);
    expect(before).toHaveLength(1);
    expect(before[0]?.status).toBe('in_progress');

    // Back online: the queue goes out, the tablet is wiped and returns to staff.
    await page.unroute('**/api/**');
    await context.setOffline(false);
    await page.waitForURL(`${env.app.url}/tablet-start`, { timeout: 60_000 });
    await page.getByTestId('tablet-start-heading').waitFor();

    const responses = await responsesOf(lead, participantId);
    expect(responses).toHaveLength(1);
    expect(responses[0]).toMatchObject({ status: 'completed', language: 'de' });
    expect(responses[0]?.data).toEqual(answers);

    const stored = await dumpBrowserStorage(page);
    expect(stored.indexedDbRecords).toBe(0);
    expect(stored.text).not.toContain('Offline geschrieben');
    expect(stored.text).not.toContain(code);
    expect(stored.cacheUrls.length).toBeGreaterThan(0);
    expect(stored.cacheUrls.filter((url) => url.includes('/api/'))).toEqual([]);
    await context.close();
  });
});
