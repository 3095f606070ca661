import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBuiltApp, type RunningApp } from './support/app-server.js';
import { chromiumAvailable, launchChromium } from './support/chromium.js';

const heading = (language: string) =>
  (JSON.parse(readFileSync(new URL(`../locales/${language}/auth.json`, import.meta.url), 'utf8')) as { signIn: { title: string } }).signIn.title;

describe.runIf(chromiumAvailable())('sign-in page in the browser', () => {
  let app: RunningApp;
  let browser: Browser;
  beforeAll(async () => {
    app = await startBuiltApp();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it.each([
    { locale: 'de-DE', language: 'de' },
    { locale: 'nl-NL', language: 'nl' },
    { locale: 'it-IT', language: 'it' },
    { locale: 'en-GB', language: 'en' },
  ])('greets a $locale browser in its language and sends it to sign in', async ({ locale, language }) => {
    const context = await browser.newContext({ locale });
    const page = await context.newPage();
    const response = await page.goto(`${app.url}/participants`);
    expect(response?.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
    await page.getByTestId('sign-in-heading').waitFor();
    expect(await page.getByTestId('sign-in-heading').textContent()).toBe(heading(language));
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(language);
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    await context.close();
  });

  it('remembers a language chosen with the switcher', async () => {
    const context = await browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    await page.goto(`${app.url}/sign-in`);
    await page.getByTestId('language-switcher').click();
    await page.getByTestId('language-option-it').click();
    await expect.poll(() => page.getByTestId('sign-in-heading').textContent()).toBe(heading('it'));
    await page.reload();
    await expect.poll(() => page.getByTestId('sign-in-heading').textContent()).toBe(heading('it'));
    await context.close();
  });

  it('serves hashed assets with a long cache and the page itself revalidated', async () => {
    const page = await fetch(`${app.url}/`);
    expect(page.headers.get('cache-control')).toBe('no-cache');
    const html = await page.text();
    const asset = /\/assets\/[^"]+\.js/.exec(html)?.[0];
    expect(asset).toBeDefined();
    const assetResponse = await fetch(`${app.url}${asset}`);
    expect(assetResponse.headers.get('cache-control')).toContain('immutable');
  });
});
