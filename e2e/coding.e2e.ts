import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { Document, Packer, Paragraph } from 'docx';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowserApp } from './support/browser-app.js';
import { chromiumAvailable } from './support/chromium.js';
import { signInThroughForm } from './support/pages.js';

// A Dutch interview as researchers receive them from a transcription service: a Word file,
// one turn per paragraph, the speaker before a colon, and names that must not reach the database.
const INTERVIEW = [
  'Interviewer: Goedemiddag, fijn dat u wilt meedoen aan dit gesprek over kunstmatige intelligentie.',
  'P: Mijn naam is Anna de Vries, ik woon in Nijmegen en ik ben twee jaar geleden geopereerd.',
  'Interviewer: Wat vindt u ervan als een computer meekijkt naar uw MRI-scans?',
  'P: Ik vertrouw de computer als de arts mij uitlegt wat hij ziet. Zonder uitleg zegt een percentage mij niets.',
  'Interviewer: En wat als de computer zich vergist?',
  'P: Dan moet de arts het kunnen uitleggen, want de arts blijft verantwoordelijk voor mijn behandeling.',
];

async function interviewDocx(): Promise<Buffer> {
  const document = new Document({ sections: [{ children: INTERVIEW.map((line) => new Paragraph(line)) }] });
  return Packer.toBuffer(document);
}

/** Drags the mouse across `phrase` inside the reader's text, as a researcher selects a passage. */
async function dragOver(page: Page, phrase: string): Promise<void> {
  const box = await page.evaluate((wanted) => {
    const root = document.querySelector('[data-testid="reader-text"]');
    if (!root) throw new Error('reader text not found');
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(wanted) ?? -1;
      if (at < 0) continue;
      node.parentElement?.scrollIntoView({ block: 'center' });
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + 1);
      const first = range.getClientRects()[0];
      range.setStart(node, at + wanted.length - 1);
      range.setEnd(node, at + wanted.length);
      const rects = range.getClientRects();
      const last = rects[rects.length - 1];
      if (!first || !last) throw new Error(`no layout for ${wanted}`);
      return { x1: first.left + 1, y1: first.top + first.height / 2, x2: last.right - 1, y2: last.top + last.height / 2 };
    }
    throw new Error(`"${wanted}" is not in one text piece of the transcript`);
  }, phrase);
  await page.mouse.move(box.x1, box.y1);
  await page.mouse.down();
  await page.mouse.move((box.x1 + box.x2) / 2, (box.y1 + box.y2) / 2, { steps: 4 });
  await page.mouse.move(box.x2, box.y2, { steps: 4 });
  await page.mouse.up();
  await expect.poll(() => page.getByTestId('selection-text').textContent()).toBe(phrase);
}

/** Creates a code on the codebook page (name in the interface language) and returns its id. */
async function createCode(page: Page, baseUrl: string, name: string): Promise<string> {
  await page.goto(`${baseUrl}/codebook`);
  await page.getByTestId('code-new').click();
  await page.getByTestId('code-name').fill(name);
  await page.getByTestId('code-save').click();
  await expect.poll(() => page.getByTestId('code-detail-name').textContent()).toBe(name);
  const id = new URL(page.url()).searchParams.get('code');
  if (!id) throw new Error('the new code was not selected');
  return id;
}

describe.runIf(chromiumAvailable())('coding interviews in the browser', () => {
  const env = useBrowserApp('coding');

  it('imports a Dutch interview without its names, codes it blind with two researchers, and lets the lead compare them', async () => {
    const file = path.join(env.folder, 'interview-rumc.docx');
    writeFileSync(file, await interviewDocx());

    // A Dutch researcher imports the interview and confirms two pseudonyms.
    const researcher = await signInThroughForm(env.browser, env.app.url, 'researcher@polyphony.demo', 'nl-NL');
    const page = researcher.page;
    const trust = await createCode(page, env.app.url, 'Vertrouwen door uitleg');
    const responsibility = await createCode(page, env.app.url, 'Verantwoordelijkheid van de arts');

    await page.goto(`${env.app.url}/transcripts`);
    await page.getByTestId('transcript-import-open').click();
    await page.getByTestId('import-participant-search').fill('RUMC');
    const option = page.locator('[data-testid="import-participant-option"][data-code^="RUMC-"]').first();
    await option.waitFor();
    const participantCode = (await option.getAttribute('data-code')) ?? '';
    await option.check();
    await page.getByTestId('import-month').fill('2025-03');
    await page.getByTestId('import-file').setInputFiles(file);
    await page.locator('.optional-fields summary').click();
    await page.getByTestId('import-names').fill('Anna de Vries');
    await page.getByTestId('import-preview').click();

    await page.getByTestId('import-preview-step').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('preview-language').inputValue()).toBe('nl');
    const name = page.locator('[data-testid="candidate-row"][data-text="Anna de Vries"]');
    expect(await name.getByTestId('candidate-check').isChecked()).toBe(true);
    expect(await name.getByTestId('candidate-placeholder').inputValue()).toMatch(/^\[NAME-\d+\]$/);
    // The city is only a capitalised word to the detector: the researcher confirms it, or selects it by hand.
    const city = page.locator('[data-testid="candidate-row"][data-text="Nijmegen"]');
    if ((await city.count()) === 0) {
      await page.evaluate(() => {
        const root = document.querySelector('[data-testid="preview-text"]');
        const walker = root ? document.createTreeWalker(root, NodeFilter.SHOW_TEXT) : null;
        for (let node = walker?.nextNode(); node; node = walker?.nextNode()) {
          const at = node.textContent?.indexOf('Nijmegen') ?? -1;
          if (at < 0) continue;
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + 'Nijmegen'.length);
          window.getSelection()?.removeAllRanges();
          window.getSelection()?.addRange(range);
          root?.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
          return;
        }
      });
      await page.getByTestId('preview-add-selection').click();
    } else if (!(await city.getByTestId('candidate-check').isChecked())) {
      await city.getByTestId('candidate-check').check();
    }
    expect(await city.getByTestId('candidate-check').isChecked()).toBe(true);
    expect(await city.getByTestId('candidate-placeholder').inputValue()).toMatch(/^\[[A-Z]+(-\d+)?\]$/);
    await page.getByTestId('import-save').click();

    await page.getByTestId('coding-workspace').waitFor({ timeout: 30_000 });
    const transcriptUrl = page.url();
    expect(transcriptUrl).toMatch(/\/transcripts\/[0-9a-f-]{36}$/);
    expect((await page.getByTestId('reader-title').textContent())?.trim()).toBe(participantCode);
    const stored = (await page.getByTestId('reader-text').textContent()) ?? '';
    expect(stored).not.toContain('Anna de Vries');
    expect(stored).not.toContain('Nijmegen');
    expect(stored).toMatch(/\[NAME-\d+\]/);
    expect(await page.locator('[data-testid="reader-segment"][data-role="participant"]').count()).toBe(3);
    await page.getByTestId('blind-banner').waitFor();

    // Three passages coded with the mouse.
    const chips = page.getByTestId('coding-chip');
    await dragOver(page, 'Ik vertrouw de computer als de arts mij uitlegt wat hij ziet.');
    await page.locator(`[data-testid="code-option"][data-code-id="${trust}"]`).click();
    await expect.poll(() => chips.count()).toBe(1);
    await dragOver(page, 'Zonder uitleg zegt een percentage mij niets.');
    await page.locator(`[data-testid="code-option"][data-code-id="${trust}"]`).click();
    await expect.poll(() => chips.count()).toBe(2);
    await dragOver(page, 'de arts blijft verantwoordelijk voor mijn behandeling');
    await page.locator(`[data-testid="code-option"][data-code-id="${responsibility}"]`).click();
    await expect.poll(() => chips.count()).toBe(3);
    expect(await page.getByTestId('coding-stripe').count()).toBe(3);

    // Opening a coding shows its code and lets its coder write a memo.
    await chips.first().click();
    expect(await page.getByTestId('coding-detail-code').textContent()).toBe('Vertrouwen door uitleg');
    await page.getByTestId('coding-memo').fill('Vertrouwen hangt af van uitleg door de arts.');
    await page.getByTestId('coding-memo-save').click();
    await expect.poll(() => page.locator('[data-testid="coding-chip"] .coding-chip-memo').count()).toBe(1);

    // Retrieval across interviews, and back to the passage in its transcript.
    await page.goto(`${env.app.url}/coding/retrieve?code=${trust}`);
    await expect.poll(() => page.getByTestId('passage-card').count()).toBe(2);
    expect(await page.locator('.passage-mark').first().textContent()).toBe('Ik vertrouw de computer als de arts mij uitlegt wat hij ziet.');
    await page.getByTestId('passage-open').first().click();
    await page.locator('.reader-piece-flash').first().waitFor();
    expect(page.url()).toMatch(/#start=\d+&end=\d+$/);
    // Stemmed search: "vertrouwen" finds "vertrouw", highlighted.
    await page.goto(`${env.app.url}/coding/search`);
    await page.getByTestId('search-query').fill('vertrouwen');
    await page.getByTestId('search-submit').click();
    // The demo study's Dutch interviews match too; this interview has exactly one matching turn.
    const transcriptId = transcriptUrl.split('/').pop()!;
    const ownHits = page.locator(`[data-testid="search-hit"][data-transcript-id="${transcriptId}"]`);
    await expect.poll(() => ownHits.count()).toBe(1);
    expect(await ownHits.locator('mark').first().textContent()).toMatch(/^vertrouw/i);
    await researcher.context.close();

    // A second researcher codes blind: none of the first coder's work is visible.
    const second = await signInThroughForm(env.browser, env.app.url, 'coder2@polyphony.demo', 'de-DE');
    await second.page.goto(transcriptUrl);
    await second.page.getByTestId('coding-workspace').waitFor();
    await second.page.getByTestId('blind-banner').waitFor();
    expect(await second.page.getByTestId('coding-chip').count()).toBe(0);
    // Keyboard only: pin the code to key 1, select the whole fourth turn with Enter, press 1.
    await second.page.locator(`[data-testid="code-option"][data-code-id="${trust}"]`).locator('xpath=following-sibling::button').click();
    await second.page.getByTestId('reader-segment').first().focus();
    for (let turn = 1; turn < 4; turn += 1) await second.page.keyboard.press('ArrowDown');
    await second.page.keyboard.press('Enter');
    await expect.poll(() => second.page.getByTestId('selection-text').textContent()).toContain('Ik vertrouw de computer');
    await second.page.keyboard.press('1');
    await expect.poll(() => second.page.getByTestId('coding-chip').count()).toBe(1);
    await second.context.close();

    // The lead sees both coders' work, reveals it and compares the two.
    const lead = await signInThroughForm(env.browser, env.app.url, 'lead@polyphony.demo', 'en-GB');
    await lead.page.goto(transcriptUrl);
    await lead.page.getByTestId('coding-workspace').waitFor();
    await expect.poll(() => lead.page.getByTestId('coding-chip').count()).toBe(4);
    await lead.page.getByTestId('reveal-codings').click();
    await lead.page.getByTestId('reveal-confirm').click();
    await lead.page.getByTestId('revealed-banner').waitFor();
    const comparison = lead.page.getByTestId('comparison-panel');
    await comparison.waitFor();
    await expect.poll(() => lead.page.getByTestId('agreement-overall').textContent(), { timeout: 15_000 }).toMatch(/\d+(\.\d)?\s?%/);
    expect(await lead.page.getByTestId('comparison-method').textContent()).toContain("Cohen's kappa");
    expect(await lead.page.getByTestId('comparison-row').count()).toBe(2);
    // Coder 2 coded the whole turn with one code, the first coder two sentences with it: they differ somewhere.
    const disagreements = lead.page.getByTestId('disagreement-link');
    expect(await disagreements.count()).toBeGreaterThan(0);
    await disagreements.first().click();
    await lead.page.locator('.reader-piece-flash').first().waitFor();
    await lead.context.close();
  });

  it('keeps the codebook in four languages, refuses a stale edit with a way to reload, and merges, splits and records history', async () => {
    // Each account works in its own language (researcher: Dutch, coder 2: German); names are typed per language.
    const first = await signInThroughForm(env.browser, env.app.url, 'researcher@polyphony.demo', 'nl-NL');
    const second = await signInThroughForm(env.browser, env.app.url, 'coder2@polyphony.demo', 'de-DE');
    const id = await createCode(first.page, env.app.url, 'Wachttijden');
    await first.page.getByTestId('code-edit').click();
    await first.page.getByTestId('code-language-en').click();
    await first.page.getByTestId('code-name').fill('Waiting times');
    await first.page.getByTestId('code-definition').fill('How long patients wait for results or treatment.');
    await first.page.getByTestId('code-valence').selectOption('negative');
    await first.page.getByTestId('code-criterion').selectOption('care_pathway');

    // Meanwhile the other researcher renames the same code.
    await second.page.goto(`${env.app.url}/codebook?code=${id}`);
    await second.page.getByTestId('code-edit').click();
    await second.page.getByTestId('code-language-nl').click();
    await second.page.getByTestId('code-name').fill('Wachttijd');
    await second.page.getByTestId('code-save').click();
    await expect.poll(() => second.page.getByTestId('code-detail-name').textContent()).toBe('Wachttijd');

    // The first save now meets the server's 409: its message, and a way to load what is there now.
    await first.page.getByTestId('code-save').click();
    const stale = first.page.getByTestId('code-save-error');
    await stale.waitFor();
    expect(await stale.getAttribute('data-code')).toBe('STALE_REVISION');
    await first.page.getByTestId('stale-reload').click();
    await expect.poll(() => first.page.getByTestId('code-name').inputValue()).toBe('Wachttijd');
    await first.page.getByTestId('code-language-en').click();
    await first.page.getByTestId('code-name').fill('Waiting times');
    await first.page.getByTestId('code-valence').selectOption('negative');
    await first.page.getByTestId('code-save').click();
    await first.page.getByTestId('code-detail').waitFor();
    expect(await first.page.getByTestId('code-detail-name').textContent()).toBe('Wachttijd');
    await first.page.getByTestId('code-history-toggle').click();
    await expect.poll(() => first.page.getByTestId('code-history-entry').count()).toBe(3);

    // Split into two, then merge one part back.
    await first.page.getByTestId('code-split').click();
    const names = first.page.getByTestId('split-name');
    await names.nth(0).fill('Wachten op uitslagen');
    await names.nth(1).fill('Wachten op een operatie');
    await first.page.getByTestId('split-confirm').click();
    const part = first.page.locator('[data-testid="code-tree-code"]', { hasText: 'Wachten op een operatie' });
    await expect.poll(() => part.count()).toBe(1);
    await part.click();
    await first.page.getByTestId('code-merge').click();
    await first.page.getByTestId('merge-target').selectOption(id);
    await first.page.getByTestId('merge-confirm').click();
    await expect.poll(() => first.page.getByTestId('code-detail-name').textContent()).toBe('Wachttijd');
    expect(await part.count()).toBe(0);
    await first.context.close();
    await second.context.close();
  });
});
