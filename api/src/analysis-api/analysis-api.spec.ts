import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataSource } from 'typeorm';
import { startTestApp, type TestApp } from '../../test/support/test-app.js';
import { signIn, type SignedInHeaders } from '../../test/support/sign-in.js';
import { storeTranscript } from '../../test/support/transcript-factory.js';
import { User } from '../identity/user.entity.js';

interface Interval {
  estimate: number;
  low: number;
  high: number;
}
interface AgreementBody {
  coderIds: string[];
  bootstrap: { requested: number; samples: number; seed: number; confidence: number; method: string };
  segment: { method: string; codes: Array<{ pairs: Array<{ kappaInterval: Interval | null }> }>; overall: { pairs: Array<{ kappa: number }> } };
  character: { method: string; overall: Array<{ kappa: number; kappaInterval: Interval | null }> };
  unitized: { method: string; coders: number };
  pairs: Array<{ unitized: { coders: number } }>;
  disagreements: { disagreements: unknown[] };
}

describe('analysis endpoints', () => {
  let t: TestApp;
  let lead: SignedInHeaders;
  let researcher: SignedInHeaders;
  let transcriptId: string;
  let ids: Record<string, string>;

  beforeAll(async () => {
    t = await startTestApp();
    lead = await signIn(t.request, 'lead@polyphony.demo');
    researcher = await signIn(t.request, 'researcher@polyphony.demo');
    const coder2 = await signIn(t.request, 'coder2@polyphony.demo');
    const users = await t.app.get(DataSource).getRepository(User).find();
    ids = Object.fromEntries(users.map((u) => [u.email, u.id]));
    const lines = ['I: Wat vindt u belangrijk?', 'P: Dat de arts het uitlegt en dat het klopt.', 'I: En de kosten?', 'P: Die mogen niet stijgen.'];
    ({ transcript: { id: transcriptId } } = await storeTranscript(t.app.get(DataSource), { participantCode: 'RUMC-P-0001', language: 'nl', lines, createdBy: ids['researcher@polyphony.demo']! }));
    const codes = (await t.request({ method: 'GET', url: '/api/codebook', headers: lead })).json() as { items: Array<{ id: string }> };
    const [a, b] = codes.items;
    const code = (headers: SignedInHeaders, codeId: string, start: number, end: number) =>
      t.request({ method: 'POST', url: `/api/transcripts/${transcriptId}/codings`, headers, payload: { codeId, start, end } });
    await code(researcher, a!.id, 30, 60);
    await code(researcher, b!.id, 45, 70);
    await code(coder2, a!.id, 32, 60);
  }, 180_000);
  afterAll(() => t.close());

  it('keeps blind coding: researchers compare only revealed transcripts', async () => {
    const refused = await t.request({ method: 'GET', url: `/api/analysis/agreement?transcriptIds=${transcriptId}`, headers: researcher });
    expect(refused.statusCode).toBe(403);
    expect((await t.request({ method: 'POST', url: `/api/transcripts/${transcriptId}/reveal`, headers: lead })).statusCode).toBe(204);
  });

  it('reports agreement at three units, each naming its method, with seeded bootstrap intervals', async () => {
    const coders = `${ids['researcher@polyphony.demo']},${ids['coder2@polyphony.demo']}`;
    const url = `/api/analysis/agreement?transcriptIds=${transcriptId}&coderIds=${coders}&bootstrap=300&seed=11`;
    const response = await t.request({ method: 'GET', url, headers: researcher });
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json() as AgreementBody;
    for (const unit of ['segment', 'character', 'unitized'] as const) expect(body[unit].method.length).toBeGreaterThan(10);
    expect(JSON.stringify(body.disagreements)).toContain(transcriptId);
    expect(body.bootstrap).toMatchObject({ requested: 300, samples: 300, seed: 11, confidence: 0.95 });
    expect(body.bootstrap.method).toMatch(/bootstrap/i);
    const kappa = body.character.overall[0]!;
    expect(kappa.kappaInterval!.estimate).toBeCloseTo(kappa.kappa, 12);
    expect(kappa.kappaInterval!.low).toBeLessThanOrEqual(kappa.kappa);
    expect(body.segment.codes[0]!.pairs[0]!).toHaveProperty('kappaInterval');
    expect(body.pairs).toEqual([]);
    const again = await t.request({ method: 'GET', url, headers: researcher });
    expect(again.body).toBe(response.body);
  });

  it('compares each coder pair when more than two coders coded', async () => {
    const codes = (await t.request({ method: 'GET', url: '/api/codebook', headers: lead })).json() as { items: Array<{ id: string }> };
    await t.request({ method: 'POST', url: `/api/transcripts/${transcriptId}/codings`, headers: lead, payload: { codeId: codes.items[0]!.id, start: 30, end: 58 } });
    const response = await t.request({ method: 'GET', url: `/api/analysis/agreement?transcriptIds=${transcriptId}&bootstrap=200`, headers: lead });
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json() as AgreementBody;
    expect(body.coderIds).toHaveLength(3);
    expect(body.pairs).toHaveLength(3);
    expect(body.pairs[0]!.unitized.coders).toBe(2);
    // Choosing two of them compares just those two.
    const two = (await t.request({ method: 'GET', url: `/api/analysis/agreement?transcriptIds=${transcriptId}&coderIds=${ids['researcher@polyphony.demo']},${ids['lead@polyphony.demo']}&bootstrap=0`, headers: lead })).json() as AgreementBody;
    expect(two.coderIds).toHaveLength(2);
    expect(two.bootstrap.samples).toBe(0);
    expect(two.character.overall[0]!.kappaInterval).toBeNull();
  });

  it('refuses bootstrap settings out of range with a 400', async () => {
    for (const query of ['bootstrap=20000', 'bootstrap=-1', 'bootstrap=many', 'seed=1.5']) {
      const response = await t.request({ method: 'GET', url: `/api/analysis/agreement?transcriptIds=${transcriptId}&${query}`, headers: lead });
      expect(response.statusCode, query).toBe(400);
    }
  });

  it('has the coded, revealed demo interviews to compare', async () => {
    const list = (await t.request({ method: 'GET', url: '/api/transcripts', headers: researcher })).json() as { items: Array<{ id: string; codingsRevealedAt: string | null }> };
    const revealed = list.items.filter((item) => item.codingsRevealedAt && item.id !== transcriptId).map((item) => item.id);
    expect(revealed.length).toBeGreaterThanOrEqual(8);
    const response = await t.request({ method: 'GET', url: `/api/analysis/agreement?transcriptIds=${revealed.join(',')}`, headers: researcher });
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json() as AgreementBody;
    expect(body.coderIds).toHaveLength(2);
    const overall = body.segment.overall.pairs[0]!;
    // Partial agreement, as two real coders would reach.
    expect(overall.kappa).toBeGreaterThan(0.4);
    expect(overall.kappa).toBeLessThan(0.95);
    expect(body.disagreements.disagreements.length).toBeGreaterThan(5);
  });

  it('counts co-occurring codes and crosstabs them by group', async () => {
    const cooccurrence = (await t.request({ method: 'GET', url: `/api/analysis/cooccurrence?transcriptIds=${transcriptId}`, headers: researcher })).json() as { pairs: Array<{ n12: number; c: number }> };
    expect(cooccurrence.pairs.some((p) => p.n12 >= 1 && p.c > 0)).toBe(true);
    const crosstab = await t.request({ method: 'GET', url: '/api/analysis/crosstabs?dimension=group', headers: lead });
    expect(crosstab.statusCode).toBe(200);
    expect(JSON.stringify(crosstab.json())).toContain('patient');
    // One coder's codings count each passage once.
    const all = crosstab.json() as { total: { passages: number }; availableCoderIds: string[] };
    expect(all.availableCoderIds).toContain(ids['coder2@polyphony.demo']);
    const one = (await t.request({ method: 'GET', url: `/api/analysis/crosstabs?dimension=group&coderId=${ids['coder2@polyphony.demo']}`, headers: lead })).json() as { total: { passages: number } };
    expect(one.total.passages).toBeGreaterThan(0);
    expect(one.total.passages).toBeLessThan(all.total.passages);
    const mine = (await t.request({ method: 'GET', url: `/api/analysis/cooccurrence?transcriptIds=${transcriptId}&coderId=${ids['researcher@polyphony.demo']}`, headers: researcher })).json() as { pairs: unknown[] };
    expect(mine.pairs.length).toBeGreaterThan(0);
    const bad = await t.request({ method: 'GET', url: '/api/analysis/agreement?transcriptIds=not-a-uuid', headers: lead });
    expect(bad.statusCode).toBe(400);
  });
});
