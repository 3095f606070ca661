import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { useBrowserApp } from './support/browser-app.js';
import { chromiumAvailable } from './support/chromium.js';
import {
  answerPage,
  completeSurvey,
  dumpBrowserStorage,
  nextPage,
  participantIdOf,
  plannedAnswer,
  responsesOf,
  seedPages,
  signInApi,
  signInOnTablet,
  tabletContext,
  type SeedQuestion,
  waitForLocalSave,
} from './support/survey-flow.js';

const italian = JSON.parse(readFileSync(new URL('../locales/it/tablet.json', import.meta.url), 'utf8')) as { email: { subject: string } };

/** What a radiologist with regular clinical AI use answers: every question shown to them except the ranking. */
function radiologistAnswers(pages: SeedQuestion[][]): Record<string, unknown> {
  const answers: Record<string, unknown> = {};
  for (const question of pages.flat()) {
    if (question.type === 'ranking') continue;
    if (question.visibleIf?.includes('{profession}') && !question.visibleIf.includes("'radiologist'")) continue;
    answers[question.name] = plannedAnswer(question, 4);
  }
  answers.profession = 'radiologist';
  answers.ai_experience = 'clinical_regular';
  answers.comments = 'Commento finale: utile se integrato nel PACS e validato localmente.';
  return answers;
}

describe.runIf(chromiumAvailable())('clinician invitation link', () => {
  const env = useBrowserApp('survey-invitation');

  it('lets an Italian radiologist pause, come back through the same link, finish once and never submit again', async () => {
    // The project lead invites a radiologist of Trento.
    const staff = await tabletContext(env.browser, 'en-GB');
    const staffPage = await staff.newPage();
    await signInOnTablet(staffPage, env.app.url, 'lead@polyphony.demo');
    await staffPage.goto(`${env.app.url}/invitations`);
    await staffPage.getByTestId('invitations-page').waitFor();
    await staffPage.getByTestId('invite-participant-register-open').click();
    await staffPage.getByTestId('invite-participant-register-center').selectOption('UNITN');
    await staffPage.getByTestId('invite-participant-register-group').selectOption('radiologist');
    expect(await staffPage.getByTestId('invite-participant-register-language').inputValue()).toBe('it');
    await staffPage.getByTestId('invite-participant-register-submit').click();
    const chosen = staffPage.locator('[data-testid=invite-participant-option]:checked');
    await chosen.waitFor();
    const code = (await chosen.getAttribute('data-code')) ?? '';
    expect(code).toMatch(/^UNITN-R-\d{4}$/);
    await staffPage.getByTestId('invite-create').click();
    await staffPage.getByTestId('invitation-created').waitFor();
    const link = await staffPage.getByTestId('invitation-link').inputValue();
    expect(link).toMatch(new RegExp(`^${env.app.url}/survey/[A-Za-z0-9_-]{40,}$`));
    await staffPage.waitForFunction(() => (document.querySelector('[data-testid=invitation-email]') as HTMLTextAreaElement | null)?.value.includes('http'));
    const email = await staffPage.getByTestId('invitation-email').inputValue();
    expect(email.startsWith(italian.email.subject)).toBe(true);
    expect(email).toContain(link);
    expect(email).not.toContain(code);

    // The radiologist answers about half.
    const clinician = await tabletContext(env.browser, 'it-IT');
    let page = await clinician.newPage();
    await page.goto(link);
    await page.getByTestId('language-screen').waitFor();
    expect(await page.getByTestId('staff-button').count()).toBe(0);
    await page.getByTestId('language-option-it').tap();
    await page.getByTestId('consent-agree').tap();
    await page.getByTestId('consent-continue').tap();
    await page.getByTestId('survey-screen').waitFor();
    const pages = seedPages('clinician');
    const answers = radiologistAnswers(pages);
    const [background = [], clinicalWork = [], tasks = [], ...rest] = pages;
    await answerPage(page, background, answers);
    await nextPage(page);
    await answerPage(page, clinicalWork, answers);
    await nextPage(page);
    const [firstTask, secondTask, ...otherTasks] = tasks;
    if (!firstTask || !secondTask) throw new Error('the tasks page has questions');
    await answerPage(page, [firstTask], answers);
    const beforeLastAnswer = await page.evaluate(() => Date.now());
    await answerPage(page, [secondTask], answers);
    // Closing the tab a moment later: the last answer is on the device by then (a few milliseconds).
    await waitForLocalSave(page, beforeLastAnswer);
    await page.close();

    // Reopening the link resumes: no language or consent again, same page, same answers.
    page = await clinician.newPage();
    await page.goto(link);
    await page.getByTestId('survey-screen').waitFor();
    expect(await page.getByTestId('survey-progress').getAttribute('data-page')).toBe('3');
    expect(await page.locator(`.sd-question[data-name="${secondTask.name}"] input[value="${String(answers[secondTask.name])}"]`).isChecked()).toBe(true);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('it');
    await answerPage(page, otherTasks, answers);
    for (const questions of rest) {
      await nextPage(page);
      await answerPage(page, questions, answers);
    }
    await completeSurvey(page);
    await page.locator('[data-testid=thank-you][data-confirmed=true]').waitFor();
    const stored = await dumpBrowserStorage(page);
    expect(stored.indexedDbRecords).toBe(0);
    expect(stored.text).not.toContain('Commento finale');

    // Opening the link again shows that it is done; it cannot be answered again.
    await page.goto(link);
    await page.getByTestId('already-completed').waitFor();
    expect(await page.locator('.sd-question').count()).toBe(0);
    const token = new URL(link).pathname.split('/').pop() ?? '';
    const participantId = await (async () => {
      const lead = await signInApi(env.app.url, 'lead@polyphony.demo');
      return participantIdOf(lead, code);
    })();
    const session = (await (await fetch(`${env.app.url}/api/survey-session`, { headers: { 'x-survey-token': token } })).json()) as {
      instrumentVersion: { id: string };
      completed: boolean;
    };
    expect(session.completed).toBe(true);
    const again = await fetch(`${env.app.url}/api/responses/${crypto.randomUUID()}`, {
      method: 'PUT',
      headers: { 'x-survey-token': token, 'content-type': 'application/json' },
      body: JSON.stringify({ instrumentVersionId: session.instrumentVersion.id, participantId, data: { profession: 'neurologist' }, status: 'completed', revision: 0, language: 'it' }),
    });
    expect(again.status).toBe(409);

    // On the server: one completed response with every answer given; staff see it as completed.
    const lead = await signInApi(env.app.url, 'lead@polyphony.demo');
    const responses = await responsesOf(lead, participantId);
    expect(responses).toHaveLength(1);
    expect(responses[0]).toMatchObject({ status: 'completed', language: 'it' });
    expect(responses[0]?.data).toEqual(answers);
    await staffPage.reload();
    await staffPage.locator(`[data-testid=invitation-row][data-code="${code}"][data-status=completed]`).waitFor();
    expect(await staffPage.locator('[data-testid=completion-row][data-center=UNITN][data-group=radiologist] [data-testid=completion-completed]').textContent()).toBe('1');

    // A second link for the same clinician (the page was reloaded, so the form is fresh), revoked before use, opens nothing.
    await staffPage.getByTestId('invite-participant-search').fill(code);
    await staffPage.locator(`[data-testid=invite-participant-option][data-code="${code}"]`).check();
    await staffPage.getByTestId('invite-create').click();
    const secondLink = await staffPage.getByTestId('invitation-link').inputValue();
    expect(secondLink).not.toBe(link);
    await staffPage.locator(`[data-testid=invitation-row][data-code="${code}"][data-status=pending] [data-testid=invitation-revoke]`).click();
    await staffPage.getByTestId('revoke-confirm').click();
    await staffPage.locator(`[data-testid=invitation-row][data-code="${code}"][data-status=revoked]`).waitFor();
    await page.goto(secondLink);
    await page.getByTestId('unavailable').waitFor();
    await clinician.close();
    await staff.close();
  });
});
