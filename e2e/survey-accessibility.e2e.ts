import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowserApp } from './support/browser-app.js';
import { chromiumAvailable } from './support/chromium.js';
import { answerPage, completeSurvey, handOverTablet, nextPage, plannedAnswer, seedPages, signInOnTablet, tabletContext } from './support/survey-flow.js';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string[] }>;
}

/** axe-core's WCAG 2.1 A/AA rules on the current screen; returns the serious and critical findings. */
async function seriousViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: axePath });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations;
  });
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.help} at ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

/** Controls smaller than 44×44 px and visible text under 18 px on the current screen. */
async function sizeProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const visible = (element: Element) => {
      const rect = element.getBoundingClientRect();
      const style = getComputedStyle(element);
      return rect.width > 1 && rect.height > 1 && style.visibility !== 'hidden' && style.display !== 'none';
    };
    const describe = (element: Element) => `${element.tagName.toLowerCase()}.${String(element.className).split(' ').join('.')} "${(element.textContent ?? '').trim().slice(0, 30)}"`;
    // What a finger hits: buttons, links, text fields, and the labels that wrap choice inputs.
    const targets = new Set<Element>();
    for (const element of document.querySelectorAll('button, a[href], textarea, input:not([type=radio]):not([type=checkbox]), select')) targets.add(element);
    for (const input of document.querySelectorAll('input[type=radio], input[type=checkbox]')) {
      const label = input.closest('label');
      if (label) targets.add(label);
    }
    for (const element of targets) {
      if (!visible(element)) continue;
      const rect = element.getBoundingClientRect();
      if (rect.width < 44 || rect.height < 44) problems.push(`target ${Math.round(rect.width)}×${Math.round(rect.height)} ${describe(element)}`);
    }
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || !(node.textContent ?? '').trim() || !visible(parent)) continue;
      const size = parseFloat(getComputedStyle(parent).fontSize);
      if (size < 18) problems.push(`text ${size}px ${describe(parent)}`);
    }
    return [...new Set(problems)];
  });
}

async function checkScreen(page: Page, screen: string): Promise<void> {
  expect(await seriousViolations(page), `axe on ${screen}`).toEqual([]);
  expect(await sizeProblems(page), `sizes on ${screen}`).toEqual([]);
}

describe.runIf(chromiumAvailable())('participant screens for everyone', () => {
  const env = useBrowserApp('survey-accessibility');

  it('has no serious or critical axe findings, 44 px targets and 18 px text on every patient screen, portrait and landscape', async () => {
    // axe is injected as a script tag, which the app's CSP (script-src 'self') would rightly refuse.
    const context = await tabletContext(env.browser, 'de-DE', { bypassCSP: true });
    const page = await context.newPage();
    await signInOnTablet(page, env.app.url, 'staff.ukm@polyphony.demo');
    await page.evaluate(() => localStorage.setItem('polyphony.kiosk.returnAfterMs', '60000'));
    await handOverTablet(page, env.app.url, '314159');

    await page.getByTestId('language-screen').waitFor();
    await checkScreen(page, 'language');
    await page.getByTestId('language-option-de').tap();
    await page.getByTestId('consent-screen').waitFor();
    await checkScreen(page, 'consent');
    await page.getByTestId('consent-continue').tap();
    await page.getByTestId('consent-screen').getByRole('alert').waitFor();
    await checkScreen(page, 'consent with a reminder');
    await page.getByTestId('consent-agree').tap();
    await page.getByTestId('consent-continue').tap();

    const pages = seedPages('patient');
    const answers: Record<string, unknown> = {};
    for (const question of pages.flat()) answers[question.name] = plannedAnswer(question, 5);
    for (const [index, questions] of pages.entries()) {
      await page.getByTestId('survey-screen').waitFor();
      await checkScreen(page, `survey page ${index + 1} (ratings, choices, text)`);
      await answerPage(page, questions, answers);
      await checkScreen(page, `survey page ${index + 1} answered`);
      if (index === 0) {
        // Landscape, the widest tablet: same rules.
        await page.setViewportSize({ width: 1366, height: 1024 });
        await checkScreen(page, 'survey page 1 in landscape');
        await page.setViewportSize({ width: 820, height: 1180 });
        await page.getByTestId('staff-button').tap();
        await page.getByTestId('pin-dialog').waitFor();
        await checkScreen(page, 'staff PIN dialog');
        await page.getByTestId('pin-cancel').tap();
      }
      if (index < pages.length - 1) await nextPage(page);
    }
    await completeSurvey(page);
    await checkScreen(page, 'thank you');
    await context.close();
  });

  it('has no serious or critical axe findings on the clinician survey (numbers, ranking, checkboxes with other)', async () => {
    const context = await tabletContext(env.browser, 'it-IT', { bypassCSP: true });
    const page = await context.newPage();
    await signInOnTablet(page, env.app.url, 'staff.ukm@polyphony.demo');
    await handOverTablet(page, env.app.url, '314159', 'neurologist');
    await page.getByTestId('language-option-it').tap();
    await page.getByTestId('consent-agree').tap();
    await page.getByTestId('consent-continue').tap();
    await page.getByTestId('survey-screen').waitFor();
    const pages = seedPages('clinician');
    const [background = []] = pages;
    const answers: Record<string, unknown> = {};
    for (const question of background) answers[question.name] = plannedAnswer(question, 1);
    answers.profession = 'neurologist';
    await answerPage(page, background, answers);
    for (let index = 1; index < pages.length; index++) {
      await nextPage(page);
      expect(await seriousViolations(page), `axe on clinician page ${index + 1}`).toEqual([]);
    }
    await context.close();
  });
});
