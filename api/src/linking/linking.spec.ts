import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataSource } from 'typeorm';
import { startTestApp, type TestApp } from '../../test/support/test-app.js';
import { signIn, type SignedInHeaders } from '../../test/support/sign-in.js';
import { storeTranscript } from '../../test/support/transcript-factory.js';
import { AuditEvent } from '../audit/audit-event.entity.js';
import { Code } from '../codebook/code.entity.js';
import { User } from '../identity/user.entity.js';
import type { JointDisplay } from './linking.service.js';
import type { PinnedQuoteView } from './pinned-quotes.service.js';

function numbers(value: unknown, out: unknown[] = []): unknown[] {
  if (typeof value === 'number') out.push(value);
  else if (Array.isArray(value)) value.forEach((v) => numbers(v, out));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => numbers(v, out));
  return out;
}

const QUOTE = 'Dass mir jemand erklärt, warum der Computer das sagt.';

describe('linking endpoints', () => {
  let t: TestApp;
  let lead: SignedInHeaders;
  let researcher: SignedInHeaders;
  let unitn: SignedInHeaders;
  let codingId: string;

  const get = (headers: SignedInHeaders, url: string, language = 'en') => t.request({ method: 'GET', url, headers: { ...headers, 'accept-language': language } });

  beforeAll(async () => {
    t = await startTestApp();
    lead = await signIn(t.request, 'lead@polyphony.demo');
    researcher = await signIn(t.request, 'researcher@polyphony.demo');
    unitn = await signIn(t.request, 'researcher.unitn@polyphony.demo');
    const dataSource = t.app.get(DataSource);
    // Two fictitious packages measured at RUMC and UKM (on top of whatever the demo seeds).
    for (const [key, features] of [['test-alpha', ['saliency_maps', 'report']], ['test-beta', []]] as const) {
      await dataSource.query(`INSERT INTO ai_package (key, name, vendor, explainability_features, integration, synthetic) VALUES ($1, $2, 'Test', $3, '["pacs"]', true) ON CONFLICT DO NOTHING`, [
        key,
        key.toUpperCase(),
        JSON.stringify(features),
      ]);
      for (const [center, shift] of [['RUMC', 0], ['UKM', 0.02]] as const) {
        const good = key === 'test-alpha' ? 0.1 : 0;
        for (const [metric, value] of [['sensitivity', 0.8 + good + shift], ['specificity', 0.78 + good], ['auc', 0.8 + good], ['cost_per_case_eur', key === 'test-alpha' ? 40 : 10], ['icc', 0.7]] as const) {
          await dataSource.query(
            `INSERT INTO benchmark_result (package_key, package_version, task, center_code, dataset, metric, value, ci_low, ci_high, n) VALUES ($1, '1.0', 'characterisation', $2, 'test', $3, $4, $5, $6, 80)`,
            [key, center, metric, value, value * 0.95, value * 1.04 > 1 && metric !== 'cost_per_case_eur' ? 1 : value * 1.04],
          );
        }
      }
    }
    const users = await dataSource.getRepository(User).find();
    const researcherId = users.find((u) => u.email === 'researcher@polyphony.demo')!.id;
    const lines = ['I: Was ist Ihnen wichtig?', `P: ${QUOTE}`];
    const { transcript } = await storeTranscript(dataSource, { participantCode: 'UKM-P-0001', language: 'de', lines, createdBy: researcherId });
    const code = await dataSource.getRepository(Code).findOneByOrFail({ criterion: 'explainability', valence: 'positive' });
    const coded = await t.request({ method: 'POST', url: `/api/transcripts/${transcript.id}/codings`, headers: lead, payload: { codeId: code.id, start: 29, end: 29 + [...QUOTE].length } });
    expect(coded.statusCode, coded.body).toBe(201);
    codingId = (coded.json() as { id: string }).id;
  }, 180_000);
  afterAll(() => t.close());

  it('returns the whole joint display: weights, salience, performance, scores with rank probabilities, thresholds, sources', async () => {
    const response = await get(lead, '/api/linking/joint-display?draws=500&seed=3');
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json() as JointDisplay;
    expect(body.criteria).toEqual(['accuracy', 'explainability', 'cost', 'interpretation', 'care_pathway']);
    expect(body.groups).toEqual(['patient', 'radiologist', 'neurologist', 'neurosurgeon', 'radiotherapist']);
    expect(numbers(body).every((n) => Number.isFinite(n))).toBe(true);
    expect(body.packageIds).toEqual(expect.arrayContaining(['test-alpha', 'test-beta']));
    expect(body.method.steps).toContain('stability');
    expect(body.settings).toMatchObject({ draws: 500, seed: 3 });
    // Demo responses give every group weights that sum to 1, each traceable to its responses.
    for (const group of body.weights.filter((w) => w.respondents > 0)) {
      expect(group.weights.reduce((sum, w) => sum + (w.estimate?.value ?? 0), 0)).toBeCloseTo(1, 9);
      for (const id of group.responseIds) expect(body.sources.responses[id]?.group).toBe(group.group);
    }
    // Profession-specific importance items are left out of the weights, and said so.
    expect(body.leftOutQuestions).toContain('radiology_pacs_integration');
    for (const scores of body.scores.filter((s) => s.missing === null)) {
      for (const pkg of scores.packages) expect(pkg.rankProbabilities!.reduce((s, p) => s + p, 0)).toBeCloseTo(1, 9);
    }
    // Every performance number points at benchmark rows the sources describe.
    const alphaAccuracy = body.performance.find((p) => p.packageId === 'test-alpha' && p.criterion === 'accuracy')!;
    expect(alphaAccuracy.rowIds.length).toBeGreaterThan(0);
    for (const id of alphaAccuracy.rowIds) expect(body.sources.benchmarkRows[id]?.packageKey).toBe('test-alpha');
    expect(body.performance.find((p) => p.packageId === 'test-alpha' && p.criterion === 'explainability')?.estimate?.value).toBeCloseTo(2 / 3, 9);
    // Thresholds were stated in percent and compared as proportions.
    const stated = body.thresholds.filter((th) => th.threshold !== null);
    expect(stated.length).toBeGreaterThan(0);
    for (const th of stated) expect(th.threshold).toBeLessThanOrEqual(1);
    // The coded passage counts for the patients' explainability salience.
    const salience = body.salience.find((s) => s.group === 'patient' && s.criterion === 'explainability')!;
    expect(salience.codingIds).toContain(codingId);
    expect(body.sources.codings[codingId]).toMatchObject({ participantCode: 'UKM-P-0001', start: 29 });
  });

  it('is reproducible with the same seed', async () => {
    const a = (await get(lead, '/api/linking/joint-display?draws=300&seed=9')).json() as JointDisplay;
    const b = (await get(lead, '/api/linking/joint-display?draws=300&seed=9')).json() as JointDisplay;
    expect(b.scores).toEqual(a.scores);
    expect(b.weights).toEqual(a.weights);
  });

  it('filters by center and language, and keeps center-scoped users within their center', async () => {
    const ukm = (await get(lead, '/api/linking/joint-display?draws=200&center=UKM')).json() as JointDisplay;
    expect(ukm.filters).toEqual({ center: 'UKM', language: null });
    expect(Object.values(ukm.sources.responses).every((r) => r.center === 'UKM')).toBe(true);
    expect(Object.values(ukm.sources.benchmarkRows).every((r) => r.center === 'UKM' || r.derived)).toBe(true);
    const italian = (await get(lead, '/api/linking/joint-display?draws=200&language=it')).json() as JointDisplay;
    expect(Object.values(italian.sources.responses).every((r) => r.language === 'it')).toBe(true);
    expect(italian.salience.flatMap((s) => s.codingIds)).not.toContain(codingId);
    const scoped = (await get(unitn, '/api/linking/joint-display?draws=200&center=UKM')).json() as JointDisplay;
    expect(Object.keys(scoped.sources.responses)).toEqual([]);
    expect(scoped.weights.every((w) => w.missing === 'no_responses')).toBe(true);
    expect(scoped.scores.every((s) => s.missing !== null)).toBe(true);
  });

  it('refuses other roles and bad input with a 4xx', async () => {
    const staff = await signIn(t.request, 'staff.rumc@polyphony.demo');
    expect((await get(staff, '/api/linking/joint-display')).statusCode).toBe(403);
    expect((await get(lead, '/api/linking/joint-display?draws=5')).statusCode).toBe(400);
    expect((await get(lead, '/api/linking/joint-display?draws=abc')).statusCode).toBe(400);
    expect((await get(lead, '/api/linking/joint-display?language=fr')).statusCode).toBe(400);
    expect((await get(lead, '/api/linking/joint-display?whatever=1')).statusCode).toBe(400);
  });

  it('pins an exemplar quote, shows it in the reader’s language or the original, edits translations and unpins, audited', async () => {
    const candidates = (await get(researcher, '/api/linking/quotes/candidates?criterion=explainability&group=patient')).json() as Array<{ codingId: string; passage: string; pinned: boolean }>;
    // Blind coding holds: the lead's coding on an unrevealed transcript is not the researcher's to see.
    expect(candidates.map((c) => c.codingId)).not.toContain(codingId);
    const leadCandidates = (await get(lead, '/api/linking/quotes/candidates?criterion=explainability&group=patient&center=UKM')).json() as Array<{ codingId: string; passage: string; pinned: boolean }>;
    expect(leadCandidates.find((c) => c.codingId === codingId)).toMatchObject({ passage: QUOTE, pinned: false });
    expect((await get(lead, '/api/linking/quotes/candidates?criterion=nonsense&group=patient')).statusCode).toBe(400);
    const mismatch = await t.request({ method: 'POST', url: '/api/linking/quotes', headers: lead, payload: { codingId, criterion: 'explainability', group: 'radiologist' } });
    expect(mismatch.statusCode).toBe(400);
    const pinned = await t.request({
      method: 'POST',
      url: '/api/linking/quotes',
      headers: { ...lead, 'accept-language': 'en' },
      payload: { codingId, criterion: 'explainability', group: 'patient', translations: { en: 'That someone explains to me why the computer says so.' } },
    });
    expect(pinned.statusCode, pinned.body).toBe(201);
    const quote = pinned.json() as PinnedQuoteView;
    expect(quote).toMatchObject({ originalLanguage: 'de', original: QUOTE, display: { language: 'en', translated: true } });
    // Pinning again changes nothing.
    const again = await t.request({ method: 'POST', url: '/api/linking/quotes', headers: lead, payload: { codingId, criterion: 'explainability', group: 'patient' } });
    expect((again.json() as PinnedQuoteView).id).toBe(quote.id);

    const italianReader = (await get(lead, '/api/linking/joint-display?draws=200', 'it')).json() as JointDisplay;
    expect(italianReader.quotes.find((q) => q.id === quote.id)?.display).toEqual({ text: quote.original, language: 'de', translated: false });

    const stale = await t.request({ method: 'PATCH', url: `/api/linking/quotes/${quote.id}`, headers: lead, payload: { translations: { it: 'x' }, revision: 7 } });
    expect(stale.statusCode).toBe(409);
    const edited = await t.request({ method: 'PATCH', url: `/api/linking/quotes/${quote.id}`, headers: { ...lead, 'accept-language': 'it' }, payload: { translations: { it: 'Che qualcuno mi spieghi perché.', en: '' }, revision: 1 } });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject({ translations: { it: 'Che qualcuno mi spieghi perché.' }, display: { language: 'it', translated: true }, revision: 2 });
    expect((edited.json() as PinnedQuoteView).translations).not.toHaveProperty('en');

    // Another center's researcher cannot see or touch it.
    expect(((await get(unitn, '/api/linking/quotes')).json() as PinnedQuoteView[]).map((q) => q.id)).not.toContain(quote.id);
    expect((await t.request({ method: 'DELETE', url: `/api/linking/quotes/${quote.id}`, headers: unitn })).statusCode).toBe(404);

    expect((await t.request({ method: 'DELETE', url: `/api/linking/quotes/${quote.id}`, headers: researcher })).statusCode).toBe(204);
    expect((await t.request({ method: 'DELETE', url: `/api/linking/quotes/${quote.id}`, headers: researcher })).statusCode).toBe(404);
    const actions = (await t.app.get(DataSource).getRepository(AuditEvent).find({ where: { entityId: quote.id } })).map((e) => e.action).sort();
    expect(actions).toEqual(['quote.pinned', 'quote.translations_edited', 'quote.unpinned']);
  });
});
