import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { useBrowserApp } from './support/browser-app.js';
import { chromiumAvailable } from './support/chromium.js';

const heading = (language: string) =>
  (JSON.parse(readFileSync(new URL(`../locales/${language}/auth.json`, import.meta.url), 'utf8')) as { signIn: { title: string } }).signIn.title;

describe.runIf(chromiumAvailable())('sign-in page in the browser', () => {
  const env = useBrowserApp('sign-in');

  it.each([
    { locale: 'de-DE', language: 'de' },
    { locale: 'nl-NL', language: 'nl' },
    { locale: 'it-IT', language: 'it' },
    { locale: 'en-GB', language: 'en' },
  ])('greets a $locale browser in its language and sends it to sign in', async ({ locale, language }) => {
    const context = await env.browser.newContext({ locale });
    const page = await context.newPage();
    const response = await page.goto(`${env.app.url}/participants`);
    expect(response?.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
    await page.getByTestId('sign-in-heading').waitFor();
    expect(await page.getByTestId('sign-in-heading').textContent()).toBe(heading(language));
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(language);
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    await context.close();
  });

  it('remembers a language chosen with the switcher', async () => {
    const context = await env.browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    await page.goto(`${env.app.url}/sign-in`);
    await page.getByTestId('language-switcher').click();
    await page.getByTestId('language-option-it').click();
    await expect.poll(() => page.getByTestId('sign-in-heading').textContent()).toBe(heading('it'));
    await page.reload();
    await expect.poll(() => page.getByTestId('sign-in-heading').textContent()).toBe(heading('it'));
    await context.close();
  });

  it('serves hashed assets with a long cache and the page itself revalidated', async () => {
    const page = await fetch(`${env.app.url}/`);
    expect(page.headers.get('cache-control')).toBe('no-cache');
    const html = await page.text();
    const asset = /\/assets\/[^"]+\.js/.exec(html)?.[0];
    expect(asset).toBeDefined();
    const assetResponse = await fetch(`${env.app.url}${asset}`);
    expect(assetResponse.headers.get('cache-control')).toContain('immutable');
  });
});
