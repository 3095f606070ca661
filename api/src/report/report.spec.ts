import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { translate } from '../common/i18n/translator.js';
import { signIn, type SignedInHeaders } from '../../test/support/sign-in.js';
import { startTestApp, type TestApp } from '../../test/support/test-app.js';

interface JobView {
  id: string;
  status: string;
  byteSize: number | null;
}

async function exportReport(t: TestApp, headers: SignedInHeaders, kind: 'report-html' | 'report-pdf', language: string, params: Record<string, unknown> = {}): Promise<Buffer> {
  const created = await t.request({ method: 'POST', url: '/api/exports', headers, payload: { kind, language, params: { draws: 300, ...params } } });
  expect(created.statusCode, created.body).toBe(202);
  const { id } = created.json() as { id: string };
  const deadline = Date.now() + 90_000;
  for (;;) {
    const job = (await t.request({ method: 'GET', url: `/api/exports/${id}`, headers })).json() as JobView;
    if (job.status === 'done') break;
    if (job.status !== 'queued' && job.status !== 'running') throw new Error(`report export ended ${job.status}`);
    if (Date.now() > deadline) throw new Error('report export did not finish');
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const download = await t.request({ method: 'GET', url: `/api/exports/${id}/download`, headers });
  expect(download.statusCode).toBe(200);
  return download.rawPayload;
}

describe('findings report (HTML and PDF exports) on the demo study', () => {
  let t: TestApp;
  let lead: SignedInHeaders;

  beforeAll(async () => {
    t = await startTestApp();
    lead = await signIn(t.request, 'lead@polyphony.demo');
  });
  afterAll(() => t?.close());

  it('writes the joint display, charts, agreement and method in the chosen language, without names', async () => {
    const html = (await exportReport(t, lead, 'report-html', 'de')).toString('utf8');
    expect(html).toMatch(/^<!doctype html>\n<html lang="de">/);
    expect(html).toContain(translate('de', 'report:title'));
    // The method in plain German words, each step and assumption.
    expect(html).toContain(translate('de', 'findings:method.steps.weights').slice(0, 40));
    expect(html).toContain(translate('de', 'findings:method.assumptions.thresholdMedian').slice(0, 40));
    // Criteria × groups with German group names, and the synthetic-data notice of the demo packages.
    expect(html).toContain(translate('de', 'findings:criteria.explainability'));
    expect(html).toContain(`<th scope="col">${translate('de', 'participants:groups.radiotherapist')}</th>`);
    expect(html).toContain(translate('de', 'findings:synthetic'));
    // Server-drawn charts with German axis names, and the coders' agreement (the demo is double-coded).
    expect(html.match(/<svg /g)?.length ?? 0).toBeGreaterThanOrEqual(3);
    expect(html).toContain(translate('de', 'findings:charts.weightAxis'));
    expect(html).toContain(translate('de', 'report:agreement.overallTitle'));
    expect(html).toContain(translate('de', 'report:agreement.coder', { number: 1 }));
    expect(html).not.toContain('NaN');
    expect(html).not.toMatch(/@polyphony\.demo|[\w.]+@[\w-]+\.\w+/);
  });

  it('writes the same report as an A4 PDF with embedded fonts and several pages', async () => {
    const pdf = await exportReport(t, lead, 'report-pdf', 'it');
    const text = pdf.toString('latin1');
    expect(text.startsWith('%PDF-')).toBe(true);
    expect(text.trimEnd().endsWith('%%EOF')).toBe(true);
    expect(text.match(/\/Type \/Page\b/g)?.length ?? 0).toBeGreaterThanOrEqual(3);
    expect(text).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSans/);
    expect(text).toContain('/MediaBox [0 0 595.28 841.89]');
  });

  it('refuses unknown report options with a localized 400 and starts nothing', async () => {
    const before = ((await t.request({ method: 'GET', url: '/api/exports', headers: lead })).json() as { items: unknown[] }).items.length;
    const bad = await t.request({ method: 'POST', url: '/api/exports', headers: { ...lead, 'accept-language': 'nl' }, payload: { kind: 'report-pdf', language: 'nl', params: { draws: 5, colour: 'red' } } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ error: { code: 'VALIDATION_FAILED' } });
    const after = ((await t.request({ method: 'GET', url: '/api/exports', headers: lead })).json() as { items: unknown[] }).items.length;
    expect(after).toBe(before);
  });

  it('lets only leads export reports', async () => {
    const researcher = await signIn(t.request, 'researcher@polyphony.demo');
    const refused = await t.request({ method: 'POST', url: '/api/exports', headers: researcher, payload: { kind: 'report-html', language: 'en', params: {} } });
    expect(refused.statusCode).toBe(403);
  });
});
