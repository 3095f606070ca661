import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowserApp } from './support/browser-app.js';
import { chromiumAvailable } from './support/chromium.js';
import { answerQuestion, handOverTablet, plannedAnswer, seedPages, signInOnTablet, tabletContext } from './support/survey-flow.js';

const PIN = '97531';

async function enterPin(page: Page, pin: string): Promise<void> {
  await page.getByTestId('pin-input').fill(pin);
  await page.getByTestId('pin-submit').tap();
  // The server has answered once the form is usable again.
  await page.waitForFunction(() => !document.querySelector('[data-testid=pin-submit]:disabled'));
}

describe.runIf(chromiumAvailable())('kiosk mode on the waiting-room tablet', () => {
  const env = useBrowserApp('survey-kiosk');

  it('keeps the participant on the survey until the staff PIN is entered', async () => {
    const context = await tabletContext(env.browser, 'nl-NL');
    const page = await context.newPage();
    await signInOnTablet(page, env.app.url, 'staff.rumc@polyphony.demo');
    const { path } = await handOverTablet(page, env.app.url, PIN);
    const kioskUrl = `${env.app.url}${path}`;
    await page.getByTestId('language-screen').waitFor();
    // No menu, no link out: the only control besides the languages is the staff button.
    expect(await page.locator('nav, a[href]').count()).toBe(0);
    await page.getByTestId('language-option-nl').tap();
    await page.getByTestId('consent-screen').waitFor();

    // Back (button or swipe) stays on the participant page.
    await page.goBack().catch(() => null);
    await page.goBack().catch(() => null);
    expect(page.url()).toBe(kioskUrl);
    await page.getByTestId('consent-screen').waitFor();

    // Typing a staff address: the browser asks first, and staying is the default answer.
    const dialogs: string[] = [];
    page.once('dialog', (dialog) => {
      dialogs.push(dialog.type());
      void dialog.dismiss();
    });
    await page.goto(`${env.app.url}/participants`).catch(() => null);
    expect(dialogs).toEqual(['beforeunload']);
    expect(page.url()).toBe(kioskUrl);

    // Someone who insists lands back on the participant page, not in the staff app.
    page.once('dialog', (dialog) => void dialog.accept());
    // The staff app sends the browser back at once, which aborts this navigation's wait for "load".
    await page.goto(`${env.app.url}/participants`).catch(() => null);
    await page.waitForURL(kioskUrl);
    await page.getByTestId('consent-screen').waitFor();
    expect(await page.getByTestId('current-user').count()).toBe(0);

    // Wrong PINs are refused.
    await page.getByTestId('staff-button').tap();
    await page.getByTestId('pin-dialog').waitFor();
    await enterPin(page, '0000');
    await page.locator('[data-testid=pin-error][data-result=incorrect]').waitFor();
    await enterPin(page, '12345678');
    await page.locator('[data-testid=pin-error][data-result=incorrect]').waitFor();
    expect(page.url()).toBe(kioskUrl);

    // The right PIN opens the staff menu, and ending the session returns to the staff screens.
    await enterPin(page, PIN);
    await page.getByTestId('staff-menu').waitFor();
    expect(await page.getByTestId('staff-participant-code').textContent()).toMatch(/^RUMC-P-\d{4}$/);
    await page.getByTestId('staff-end-session').tap();
    await page.waitForURL(`${env.app.url}/tablet-start`);
    await page.getByTestId('tablet-start-heading').waitFor();
    await page.goto(`${env.app.url}/participants`);
    await page.getByTestId('current-user').waitFor();
    await context.close();
  });

  it('locks after inactivity without showing answers, and staff resume the same participant with the PIN', async () => {
    const context = await tabletContext(env.browser, 'nl-NL');
    const page = await context.newPage();
    await signInOnTablet(page, env.app.url, 'staff.rumc@polyphony.demo');
    await page.evaluate(() => localStorage.setItem('polyphony.kiosk.idleMs', '3000'));
    await handOverTablet(page, env.app.url, PIN);
    await page.getByTestId('language-option-nl').tap();
    await page.getByTestId('consent-agree').tap();
    await page.getByTestId('consent-continue').tap();
    await page.getByTestId('survey-screen').waitFor();
    const [first] = seedPages('patient')[0] ?? [];
    if (!first) throw new Error('the patient survey has questions');
    const answer = plannedAnswer(first, 3);
    await answerQuestion(page, first, answer);

    await page.getByTestId('lock-screen').waitFor({ timeout: 15_000 });
    expect(await page.locator('.sd-question').count()).toBe(0);
    expect(await page.getByTestId('staff-button').count()).toBe(0);
    // A reload does not get around the lock.
    page.once('dialog', (dialog) => void dialog.accept());
    await page.reload();
    await page.getByTestId('lock-screen').waitFor();

    await enterPin(page, '1111');
    await page.locator('[data-testid=pin-error][data-result=incorrect]').waitFor();
    await enterPin(page, PIN);
    await page.getByTestId('staff-menu').waitFor();
    await page.getByTestId('staff-resume').tap();
    await page.getByTestId('survey-screen').waitFor();
    expect(await page.locator(`.sd-question[data-name="${first.name}"] input[value="${String(answer)}"]`).isChecked()).toBe(true);
    await context.close();
  });
});
