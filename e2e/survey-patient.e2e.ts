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

const consentTexts = JSON.parse(readFileSync(new URL('../api/src/instruments/seed/consent-texts.json', import.meta.url), 'utf8')) as {
  patient: { text: Record<string, string> };
};
const surveyStrings = (language: string) =>
  JSON.parse(readFileSync(new URL(`../locales/${language}/survey.json`, import.meta.url), 'utf8')) as { language: { title: string }; thanks: { title: string } };

describe.runIf(chromiumAvailable())('patient survey on the waiting-room tablet', () => {
  const env = useBrowserApp('survey-patient');

  it.each([
    { email: 'staff.rumc@polyphony.demo', locale: 'nl-NL', language: 'nl', next: 'Volgende', seed: 1 },
    { email: 'staff.ukm@polyphony.demo', locale: 'de-DE', language: 'de', next: 'Weiter', seed: 2 },
  ])('takes a patient from hand-over through every question in $language to one completed response and a wiped tablet', async ({ email, locale, language, next, seed }) => {
    const context = await tabletContext(env.browser, locale);
    const page = await context.newPage();
    await signInOnTablet(page, env.app.url, email);
    // The thank-you stays up for a second here instead of eight (device setting, see kiosk-settings.ts).
    await page.evaluate(() => localStorage.setItem('polyphony.kiosk.returnAfterMs', '1000'));
    const { code } = await handOverTablet(page, env.app.url, '135790');

    // Language: every language in its own name; the screen itself in the participant's registered language.
    await page.getByTestId('language-screen').waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(surveyStrings(language).language.title);
    expect(await page.getByTestId('language-screen').getByRole('button').allTextContents()).toEqual(['Nederlands', 'Deutsch', 'Italiano', 'English']);
    expect(await page.getByTestId('staff-button').isVisible()).toBe(true);
    await page.getByTestId(`language-option-${language}`).tap();

    // Consent: this version's text in this language, which must be ticked.
    await page.getByTestId('consent-screen').waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(language);
    const firstParagraph = consentTexts.patient.text[language]?.split('\n\n')[0] ?? '';
    expect(await page.getByTestId('consent-text').textContent()).toContain(firstParagraph);
    await page.getByTestId('consent-continue').tap();
    await page.getByRole('alert').waitFor();
    await page.getByTestId('consent-agree').tap();
    await page.getByTestId('consent-continue').tap();

    // The survey, in the chosen language down to SurveyJS's own buttons, page by page.
    await page.getByTestId('survey-screen').waitFor();
    const pages = seedPages('patient');
    const answers: Record<string, unknown> = {};
    for (const question of pages.flat()) answers[question.name] = plannedAnswer(question, seed);
    expect(Object.keys(answers).length).toBeGreaterThanOrEqual(17);
    for (const [index, questions] of pages.entries()) {
      expect(await page.getByTestId('survey-progress').getAttribute('data-page')).toBe(String(index + 1));
      expect(await page.getByTestId('survey-progress').getAttribute('data-pages')).toBe(String(pages.length));
      await answerPage(page, questions, answers);
      if (index === 0) expect(await page.locator('.sd-navigation__next-btn').first().evaluate((b) => (b as HTMLInputElement).value || b.textContent)).toBe(next);
      if (index < pages.length - 1) await nextPage(page);
    }
    await completeSurvey(page);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(surveyStrings(language).thanks.title);

    // Once the server has it, the tablet is wiped and goes back to the staff screen by itself.
    await page.locator('[data-testid=thank-you][data-confirmed=true]').waitFor();
    await page.waitForURL(`${env.app.url}/tablet-start`);
    await page.getByTestId('tablet-start-heading').waitFor();
    const stored = await dumpBrowserStorage(page);
    expect(stored.indexedDbRecords).toBe(0);
    expect(stored.text).not.toContain(String(answers.comments));
    expect(stored.cacheUrls.filter((url) => url.includes('/api/'))).toEqual([]);

    // Exactly one completed response on the server, with every answer given.
    const lead = await signInApi(env.app.url, 'lead@polyphony.demo');
    const responses = await responsesOf(lead, await participantIdOf(lead, code));
    expect(responses).toHaveLength(1);
    expect(responses[0]).toMatchObject({ status: 'completed', language });
    expect(responses[0]?.data).toEqual(answers);
    await context.close();
  });
});
