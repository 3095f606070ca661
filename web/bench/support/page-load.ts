import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';

export interface PageLoad {
  /** Milliseconds from navigation start to the frame after the first SurveyJS question appeared. */
  firstQuestionMs: number;
  /** Every .js and .css response up to then, each counted once. */
  files: Array<{ url: string; raw: number; gzip: number }>;
}

declare global {
  interface Window {
    __firstQuestionAt?: number;
  }
}

/**
 * Loads `url` in a fresh tablet-sized profile (cold caches, no service worker, so every byte is
 * fetched and nothing is served from a precache) with the CPU slowed `cpuSlowdown` times, and
 * records when the first question becomes visible.
 */
export async function loadUntilFirstQuestion(browser: Browser, url: string, cpuSlowdown: number): Promise<PageLoad> {
  const context = await browser.newContext({ viewport: { width: 820, height: 1180 }, hasTouch: true, isMobile: true, locale: 'nl-NL', serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    page.on('pageerror', (error) => console.error(`page error on ${url}: ${error.message}`));
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
    // Same probe on both pages: the first .sd-question with a box, then two frames (it is painted).
    await page.addInitScript(() => {
      const observer = new MutationObserver(() => {
        const question = document.querySelector('.sd-question');
        if (!question || question.getBoundingClientRect().height === 0) return;
        observer.disconnect();
        requestAnimationFrame(() => requestAnimationFrame(() => (window.__firstQuestionAt = performance.now())));
      });
      observer.observe(document, { childList: true, subtree: true });
    });
    const seen = new Map<string, Promise<{ url: string; raw: number; gzip: number }>>();
    page.on('response', (response) => {
      const responseUrl = response.url();
      if (!/\.(js|css)$/.test(new URL(responseUrl).pathname) || seen.has(responseUrl)) return;
      seen.set(
        responseUrl,
        response.body().then((body) => ({ url: responseUrl, raw: body.length, gzip: gzipSync(body, { level: 9 }).length })),
      );
    });
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction(() => window.__firstQuestionAt !== undefined, undefined, { timeout: 120_000, polling: 50 });
    const firstQuestionMs = await page.evaluate(() => window.__firstQuestionAt ?? Number.NaN);
    return { firstQuestionMs, files: await Promise.all(seen.values()) };
  } finally {
    await context.close();
  }
}

export function gzipTotal(load: PageLoad): number {
  return load.files.reduce((sum, file) => sum + file.gzip, 0);
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? Number.NaN) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}
