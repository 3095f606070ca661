import { describe, expect, it } from 'vitest';
import { useBrowserApp } from './support/browser-app.js';
import { chromiumAvailable } from './support/chromium.js';
import { signInThroughForm } from './support/pages.js';

describe.runIf(chromiumAvailable())('participant register in the browser', () => {
  const env = useBrowserApp('participants');

  it('lets German site staff register a participant that the other center never sees', async () => {
    const ukm = await signInThroughForm(env.browser, env.app.url, 'staff.ukm@polyphony.demo', 'de-DE');
    await ukm.page.goto(`${env.app.url}/participants`);
    await ukm.page.getByTestId('register-group').selectOption('patient');
    await ukm.page.getByTestId('participant-create').click();
    const code = (await ukm.page.getByTestId('registered-code').textContent())?.trim() ?? '';
    expect(code).toMatch(/^UKM-P-\d{4}$/);
    await expect.poll(() => ukm.page.getByTestId('participant-code').allTextContents()).toContain(code);
    expect(await ukm.page.evaluate(() => document.documentElement.lang)).toBe('de');
    await ukm.page.getByTestId('sign-out').click();
    await ukm.page.getByTestId('sign-in-heading').waitFor();
    await ukm.context.close();

    const rumc = await signInThroughForm(env.browser, env.app.url, 'staff.rumc@polyphony.demo', 'nl-NL');
    await rumc.page.goto(`${env.app.url}/participants`);
    await rumc.page.getByTestId('participants-table').waitFor();
    const visible = await rumc.page.getByTestId('participant-code').allTextContents();
    expect(visible.length).toBeGreaterThan(0);
    expect(visible.every((c) => c.trim().startsWith('RUMC-'))).toBe(true);
    expect(visible).not.toContain(code);
    await rumc.page.getByTestId('participant-search').fill(code);
    await rumc.page.getByTestId('participant-search').press('Enter');
    await expect.poll(() => rumc.page.getByTestId('participant-code').count()).toBe(0);
    await rumc.context.close();
  });
});
