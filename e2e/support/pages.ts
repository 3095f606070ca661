import type { Browser, BrowserContext, Page } from 'playwright-core';

export interface SignedInPage {
  context: BrowserContext;
  page: Page;
}

/** A fresh browser profile in the given locale, signed in through the real sign-in form. */
export async function signInThroughForm(browser: Browser, baseUrl: string, email: string, locale: string): Promise<SignedInPage> {
  const context = await browser.newContext({ locale, viewport: { width: 1024, height: 768 } });
  const page = await context.newPage();
  await page.goto(`${baseUrl}/sign-in`);
  await page.getByTestId('sign-in-email').fill(email);
  await page.getByTestId('sign-in-password').fill('polyphony-demo');
  await page.getByTestId('sign-in-submit').click();
  await page.getByTestId('current-user').waitFor();
  return { context, page };
}
