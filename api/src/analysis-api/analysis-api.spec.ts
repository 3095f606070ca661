import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataSource } from 'typeorm';
import { startTestApp, type TestApp } from '../../test/support/test-app.js';
import { signIn, type SignedInHeaders } from '../../test/support/sign-in.js';
import { storeTranscript } from '../../test/support/transcript-factory.js';
import { User } from '../identity/user.entity.js';

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
  });
  afterAll(() => t.close());

  it('keeps blind coding: researchers compare only revealed transcripts', async () => {
    const refused = await t.request({ method: 'GET', url: `/api/analysis/agreement?transcriptIds=${transcriptId}`, headers: researcher });
    expect(refused.statusCode).toBe(403);
    expect((await t.request({ method: 'POST', url: `/api/transcripts/${transcriptId}/reveal`, headers: lead })).statusCode).toBe(204);
  });

  it('reports agreement at three units, each naming its method', async () => {
    const coders = `${ids['researcher@polyphony.demo']},${ids['coder2@polyphony.demo']}`;
    const response = await t.request({ method: 'GET', url: `/api/analysis/agreement?transcriptIds=${transcriptId}&coderIds=${coders}`, headers: researcher });
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json() as Record<string, { method: string }>;
    for (const unit of ['segment', 'character', 'unitized']) expect(body[unit]!.method.length).toBeGreaterThan(10);
    expect(JSON.stringify(body.disagreements)).toContain(transcriptId);
  });

  it('counts co-occurring codes and crosstabs them by group', async () => {
    const cooccurrence = (await t.request({ method: 'GET', url: `/api/analysis/cooccurrence?transcriptIds=${transcriptId}`, headers: researcher })).json() as { pairs: Array<{ n12: number; c: number }> };
    expect(cooccurrence.pairs.some((p) => p.n12 >= 1 && p.c > 0)).toBe(true);
    const crosstab = await t.request({ method: 'GET', url: '/api/analysis/crosstabs?dimension=group', headers: lead });
    expect(crosstab.statusCode).toBe(200);
    expect(JSON.stringify(crosstab.json())).toContain('patient');
    const bad = await t.request({ method: 'GET', url: '/api/analysis/agreement?transcriptIds=not-a-uuid', headers: lead });
    expect(bad.statusCode).toBe(400);
  });
});
