import { randomUUID } from 'node:crypto';
import type { Browser } from 'playwright-core';
import { afterAll, describe, it } from 'vitest';
import { chromiumAvailable, launchChromium } from '../e2e/support/chromium.js';
import { answerPage, completeSurvey, dumpBrowserStorage, handOverTablet, nextPage, plannedAnswer, seedPages, signInOnTablet, tabletContext } from '../e2e/support/survey-flow.js';
import { sleep } from './support/api-process.js';
import { call, clinicianAnswers, signIn, surveyFixture } from './support/client.js';
import { runExportJob, textOf } from './support/export-jobs.js';
import { Verdicts } from './support/results.js';
import { startStack, type Stack } from './support/stack.js';

const CHECK = '8 leaks';
// Personal data a participant or an interviewer might type where it does not belong.
const CANARIES = { email: 'wilhelmina.canary@example.org', phone: '+49 170 5550123', name: 'Wilhelmina Kanarienvogel' };
const canaryText = `Ich heiße ${CANARIES.name}, schreiben Sie mir an ${CANARIES.email} oder rufen Sie ${CANARIES.phone} an.`;

function leaked(text: string): string[] {
  const found: string[] = [];
  for (const [kind, canary] of Object.entries(CANARIES)) {
    const variants = [canary, canary.replace(/\s/g, ''), canary.toLowerCase(), Buffer.from(canary).toString('base64')];
    if (variants.some((v) => text.includes(v))) found.push(kind);
  }
  if (text.includes('Kanarienvogel')) found.push('surname');
  return [...new Set(found)];
}

describe(CHECK, () => {
  let stack: Stack | undefined;
  let browser: Browser | undefined;
  afterAll(async () => {
    await browser?.close();
    await stack?.close();
  });

  it('keeps seeded personal data out of logs and exports, answers out of caches and plaintext off the tablet', async () => {
    const verdicts = new Verdicts(CHECK);
    // info: every request is logged, as in production.
    stack = await startStack({ env: { LOG_LEVEL: 'info' } });
    const url = stack.api.url;
    const [lead, researcher, staff] = await Promise.all(['lead@polyphony.demo', 'researcher@polyphony.demo', 'staff.ukm@polyphony.demo'].map((email) => signIn(url, email)));
    const fixture = await surveyFixture(url, lead, 1);
    const participantId = fixture.participantIds[0];

    // Canaries go in through every door that takes free text.
    const responseId = randomUUID();
    const saved = await call(url, 'PUT', `/api/responses/${responseId}`, lead, { instrumentVersionId: fixture.instrumentVersionId, participantId, status: 'completed', revision: 0, data: { ...clinicianAnswers(canaryText), conditions_for_use: canaryText } });
    const tablet = await call<{ token: string }>(url, 'POST', '/api/tablet-sessions', staff, { participantId, instrumentId: fixture.instrumentId });
    const viaToken = await call(url, 'PUT', `/api/responses/${randomUUID()}`, undefined, { instrumentVersionId: fixture.instrumentVersionId, participantId, status: 'in_progress', revision: 0, data: { comments: canaryText } }, { 'x-survey-token': tablet.body.token });
    await call(url, 'POST', '/api/auth/login', undefined, { email: CANARIES.email, password: CANARIES.phone });
    await call(url, 'POST', '/api/participants', staff, { center: 'UKM', group: 'patient', language: 'de', note: canaryText });
    await call(url, 'POST', `/api/participants/${participantId}/consent`, staff, { version: canaryText.slice(0, 60) });
    await call(url, 'GET', `/api/participants?search=${encodeURIComponent(CANARIES.email)}`, staff);
    await call(url, 'POST', '/api/codebook/codes', researcher, { name: { en: 'Canary code' }, definition: { en: 'A code with no personal data.' } });
    await call(url, 'POST', '/api/memos', researcher, { scope: 'project', text: canaryText });

    // An interview transcript that names the person: imported the way the wizard does it, with the suggested replacements.
    const interview = ['I: Wie heißen Sie und wie erreichen wir Sie?', `P: ${canaryText}`, 'I: Was erwarten Sie von KI?', 'P: Dass sie meinem Arzt hilft.'].join('\n');
    const file = { fileName: 'interview.txt', contentBase64: Buffer.from(interview).toString('base64') };
    const preview = await call<{ candidates: Array<{ start: number; end: number; suggestion: string }> }>(url, 'POST', '/api/transcripts/preview', researcher, { ...file, language: 'de', names: [CANARIES.name] });
    const transcript = await call<{ id: string }>(url, 'POST', '/api/transcripts', researcher, {
      ...file,
      participantId,
      language: 'de',
      interviewMonth: '2026-10',
      replacements: (preview.body.candidates ?? []).map((c) => ({ start: c.start, end: c.end, placeholder: c.suggestion })),
    });
    verdicts.note(`canaries entered: response ${saved.status}, tablet answer ${viaToken.status}, transcript preview ${preview.status} (${preview.body.candidates?.length ?? 0} identifiers found), import ${transcript.status}`);

    // What leaves the API as data: the pseudonymized transcript and every export there is.
    const outputs: Array<[string, string]> = [];
    if (transcript.status === 201 || transcript.status === 200) {
      outputs.push(['transcript', (await call(url, 'GET', `/api/transcripts/${transcript.body.id}`, researcher)).text]);
      outputs.push(['passages', (await call(url, 'GET', `/api/search?q=Arzt`, researcher)).text]);
    }
    outputs.push(['codebook .qdc export', (await call(url, 'GET', '/api/codebook/export.qdc', researcher)).text]);
    outputs.push(['instrument export', (await call(url, 'GET', `/api/instrument-versions/${fixture.instrumentVersionId}/export`, lead)).text]);
    outputs.push(['data dictionary', (await call(url, 'GET', `/api/instrument-versions/${fixture.instrumentVersionId}/dictionary`, lead)).text]);
    const openapi = await call<{ paths: Record<string, unknown> }>(url, 'GET', '/api/openapi.json');
    if (openapi.body.paths['/api/exports']) {
      // The export jobs system: every kind it offers (workbook, statistics bundle, REFI-QDA project, …).
      const kinds = await call<{ items: Array<{ kind: string }> }>(url, 'GET', '/api/exports/kinds', lead);
      for (const { kind } of kinds.body.items ?? []) {
        const result = await runExportJob(url, lead, kind);
        if ('error' in result) verdicts.figure(`export job ${kind}: ${result.error}`, false);
        else outputs.push([`${kind} export`, await textOf(result.file)]);
      }
    } else {
      verdicts.note('no export jobs route (/api/exports) in this build: only the direct exports are checked');
    }
    const exportLeaks = outputs.map(([name, text]) => [name, leaked(text)] as const).filter(([, found]) => found.length);
    verdicts.figure(`pseudonymized outputs (${outputs.map(([n]) => n).join(', ')}): canaries found ${exportLeaks.length ? exportLeaks.map(([n, f]) => `${n}: ${f.join('+')}`).join('; ') : 'none'}`, exportLeaks.length === 0 && (transcript.status === 201 || transcript.status === 200));

    // Answer-carrying responses must not be kept by a browser, proxy or tablet.
    const answerCarrying: Array<[string, Promise<{ headers: Headers; status: number }>]> = [
      ['PUT /api/responses/:id', call(url, 'PUT', `/api/responses/${responseId}`, lead, JSON.parse(JSON.stringify({ instrumentVersionId: fixture.instrumentVersionId, participantId, status: 'completed', revision: 1, data: { ...clinicianAnswers(canaryText), conditions_for_use: canaryText } })))],
      ['GET /api/responses/:id', call(url, 'GET', `/api/responses/${responseId}`, lead)],
      ['GET /api/responses', call(url, 'GET', `/api/responses?participantId=${participantId}`, lead)],
      ['GET /api/survey-session', call(url, 'GET', '/api/survey-session', undefined, undefined, { 'x-survey-token': tablet.body.token })],
      ['GET /api/transcripts/:id', call(url, 'GET', `/api/transcripts/${transcript.body.id}`, researcher)],
      ['GET /api/transcripts', call(url, 'GET', '/api/transcripts', researcher)],
      ['GET /api/passages', call(url, 'GET', '/api/passages', researcher)],
      ['GET /api/search', call(url, 'GET', '/api/search?q=Arzt', researcher)],
      ['GET /api/memos', call(url, 'GET', '/api/memos', researcher)],
      ['GET /api/participants', call(url, 'GET', '/api/participants', staff)],
    ];
    const caching = await Promise.all(answerCarrying.map(async ([route, reply]) => {
      const response = await reply;
      return { route, status: response.status, cacheControl: response.headers.get('cache-control') ?? '(none)' };
    }));
    const cached = caching.filter((c) => !c.cacheControl.includes('no-store'));
    verdicts.figure(`Cache-Control: no-store on ${caching.length - cached.length}/${caching.length} answer-carrying routes${cached.length ? ` (missing: ${cached.map((c) => `${c.route} ${c.status} "${c.cacheControl}"`).join('; ')})` : ''}`, cached.length === 0);

    // The tablet: answers typed while offline wait encrypted, and nothing is left after sync.
    if (!chromiumAvailable()) {
      verdicts.figure('tablet offline queue: /usr/bin/chromium missing, not checked', false);
    } else {
      browser = await launchChromium();
      const context = await tabletContext(browser, 'de-DE');
      const page = await context.newPage();
      await signInOnTablet(page, url, 'staff.rumc@polyphony.demo');
      await page.evaluate(() => localStorage.setItem('polyphony.kiosk.returnAfterMs', '500'));
      await handOverTablet(page, url, '86420');
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 120_000 });
      await page.getByTestId('language-option-de').tap();
      await page.getByTestId('consent-agree').tap();
      await page.getByTestId('consent-continue').tap();
      await page.getByTestId('survey-screen').waitFor();
      const pages = seedPages('patient');
      const answers: Record<string, unknown> = {};
      for (const question of pages.flat()) answers[question.name] = question.type === 'comment' ? canaryText : plannedAnswer(question, 3);
      await context.setOffline(true);
      await page.route('**/api/**', (route) => route.abort('internetdisconnected'));
      for (const [index, questions] of pages.entries()) {
        await answerPage(page, questions, answers);
        if (index < pages.length - 1) await nextPage(page);
      }
      await completeSurvey(page);
      await page.locator('[data-testid=save-status][data-state=waiting]').waitFor();
      const waiting = await dumpBrowserStorage(page);
      const waitingLeaks = leaked(waiting.text);
      const sealed = waiting.text.includes('extractable=false');
      await page.unroute('**/api/**');
      await context.setOffline(false);
      await page.waitForURL(`${url}/tablet-start`, { timeout: 90_000 });
      await sleep(500);
      const after = await dumpBrowserStorage(page);
      verdicts.figure(
        `tablet offline queue: ${waiting.indexedDbRecords} records while offline, plaintext canaries ${waitingLeaks.length ? waitingLeaks.join('+') : 'none'}, key non-extractable ${sealed}; after sync ${after.indexedDbRecords} records, canaries ${leaked(after.text).join('+') || 'none'}, cached API URLs ${after.cacheUrls.filter((u) => u.includes('/api/')).length}`,
        waiting.indexedDbRecords > 0 && waitingLeaks.length === 0 && sealed && after.indexedDbRecords === 0 && leaked(after.text).length === 0 && after.cacheUrls.every((u) => !u.includes('/api/')),
      );
      await context.close();
    }

    // Last: everything the API logged during all of the above.
    await sleep(500);
    const logs = stack.api.output();
    const logLeaks = leaked(logs);
    verdicts.figure(`API logs (${logs.split('\n').length} lines at level info): canaries found ${logLeaks.length ? logLeaks.join('+') : 'none'}`, logLeaks.length === 0);
    verdicts.assertAll();
  });
});
