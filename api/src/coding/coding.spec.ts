import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataSource } from 'typeorm';
import { startTestApp, type TestApp } from '../../test/support/test-app.js';
import { signIn, type SignedInHeaders } from '../../test/support/sign-in.js';
import { storeTranscript } from '../../test/support/transcript-factory.js';
import { User } from '../identity/user.entity.js';

describe('codebook and coding', () => {
  let t: TestApp;
  let researcher: SignedInHeaders;
  let coder2: SignedInHeaders;
  let lead: SignedInHeaders;
  let ids: Record<string, string>;
  let transcriptId: string;
  let codeId: string;
  const lines = [
    'I: Wat vindt u van AI bij het lezen van uw scans?',
    'P: Ik heb vertrouwd op mijn arts 👩🏽‍⚕️ en dat blijft zo, als de computer het goed uitlegt.',
    'I: En als het systeem fouten maakt?',
    'P: Dan wil ik dat een mens het controleert. Café-gesprekken helpen niet.',
  ];

  beforeAll(async () => {
    t = await startTestApp();
    researcher = await signIn(t.request, 'researcher@polyphony.demo');
    coder2 = await signIn(t.request, 'coder2@polyphony.demo');
    lead = await signIn(t.request, 'lead@polyphony.demo');
    const users = await t.app.get(DataSource).getRepository(User).find();
    ids = Object.fromEntries(users.map((u) => [u.email, u.id]));
    ({ transcript: { id: transcriptId } } = await storeTranscript(t.app.get(DataSource), { participantCode: 'RUMC-P-0001', language: 'nl', lines, createdBy: ids['researcher@polyphony.demo']! }));
    const code = await t.request({
      method: 'POST',
      url: '/api/codebook/codes',
      headers: lead,
      payload: { name: { en: 'Wants explanation', nl: 'Wil uitleg' }, criterion: 'explainability', valence: 'conditional' },
    });
    expect(code.statusCode).toBe(201);
    codeId = (code.json() as { id: string }).id;
  });
  afterAll(() => t.close());

  const codePoints = (text: string, needle: string) => {
    const utf16 = text.indexOf(needle);
    const start = [...text.slice(0, utf16)].length;
    return { start, end: start + [...needle].length };
  };

  it('refuses a stale codebook edit with 409 instead of overwriting it', async () => {
    const rename = (nl: string) => t.request({ method: 'PATCH', url: `/api/codebook/codes/${codeId}`, headers: researcher, payload: { revision: 1, name: { en: 'Wants explanation', nl } } });
    const statuses = (await Promise.all([rename('Wil uitleg krijgen'), rename('Vraagt om uitleg')])).map((r) => r.statusCode).sort();
    expect(statuses).toEqual([200, 409]);
    const history = (await t.request({ method: 'GET', url: `/api/codebook/codes/${codeId}/history`, headers: researcher })).json() as { items: Array<{ kind: string }> };
    expect(history.items.map((h) => h.kind)).toEqual(['created', 'renamed']);
  });

  it('keeps passages exact in code points, even after an emoji and a combining accent', async () => {
    const text = lines.join('\n');
    const passage = 'als de computer het goed uitlegt';
    const range = codePoints(text, passage);
    const added = await t.request({ method: 'POST', url: `/api/transcripts/${transcriptId}/codings`, headers: researcher, payload: { codeId, ...range, memo: 'Voorwaarde: uitleg' } });
    expect(added.statusCode).toBe(201);
    const second = codePoints(text, 'Café-gesprekken');
    await t.request({ method: 'POST', url: `/api/transcripts/${transcriptId}/codings`, headers: researcher, payload: { codeId, ...second } });
    const retrieved = (await t.request({ method: 'GET', url: `/api/passages?codeId=${codeId}`, headers: researcher })).json() as { items: Array<{ text: string; before: string; memo: string | null }> };
    expect(retrieved.items.map((p) => p.text)).toEqual([passage, 'Café-gesprekken']);
    expect(retrieved.items[0]!.before.endsWith('👩🏽‍⚕️ en dat blijft zo, ')).toBe(true);
    const outside = await t.request({ method: 'POST', url: `/api/transcripts/${transcriptId}/codings`, headers: researcher, payload: { codeId, start: 10, end: 10_000 } });
    expect(outside.statusCode).toBe(400);
  });

  it('codes blind until the lead reveals, then compares two coders', async () => {
    const text = lines.join('\n');
    const other = codePoints(text, 'het goed uitlegt');
    await t.request({ method: 'POST', url: `/api/transcripts/${transcriptId}/codings`, headers: coder2, payload: { codeId, ...other } });
    const seenByCoder2 = (await t.request({ method: 'GET', url: `/api/transcripts/${transcriptId}/codings`, headers: coder2 })).json() as { items: Array<{ coderId: string }> };
    expect(seenByCoder2.items.every((c) => c.coderId === ids['coder2@polyphony.demo'])).toBe(true);
    const query = `coderA=${ids['researcher@polyphony.demo']}&coderB=${ids['coder2@polyphony.demo']}`;
    expect((await t.request({ method: 'GET', url: `/api/transcripts/${transcriptId}/comparison?${query}`, headers: coder2 })).statusCode).toBe(403);
    expect((await t.request({ method: 'POST', url: `/api/transcripts/${transcriptId}/reveal`, headers: researcher })).statusCode).toBe(403);
    expect((await t.request({ method: 'POST', url: `/api/transcripts/${transcriptId}/reveal`, headers: lead })).statusCode).toBe(204);
    const comparison = await t.request({ method: 'GET', url: `/api/transcripts/${transcriptId}/comparison?${query}`, headers: coder2 });
    expect(comparison.statusCode).toBe(200);
    const body = comparison.json() as { agreement: { method: string }; disagreements: { disagreements?: unknown[] } | unknown[] };
    expect(body.agreement.method).toMatch(/kappa/i);
    expect(JSON.stringify(body.disagreements)).toContain(transcriptId);
  });

  it('logs every coding change in an append-only event log', async () => {
    const dataSource = t.app.get(DataSource);
    const events = await dataSource.query<Array<{ kind: string }>>('SELECT kind FROM coding_event WHERE transcript_id = $1 ORDER BY id', [transcriptId]);
    expect(events.map((e) => e.kind)).toEqual(['added', 'added', 'added']);
    await expect(dataSource.query('DELETE FROM coding_event')).rejects.toThrow(/append-only/);
    const mine = (await t.request({ method: 'GET', url: `/api/transcripts/${transcriptId}/codings`, headers: researcher })).json() as { items: Array<{ id: string; coderId: string }> };
    const own = mine.items.find((c) => c.coderId === ids['researcher@polyphony.demo'])!;
    const foreign = mine.items.find((c) => c.coderId !== ids['researcher@polyphony.demo'])!;
    expect((await t.request({ method: 'DELETE', url: `/api/codings/${foreign.id}`, headers: researcher })).statusCode).toBe(404);
    expect((await t.request({ method: 'DELETE', url: `/api/codings/${own.id}`, headers: researcher })).statusCode).toBe(204);
    const after = await dataSource.query<Array<{ kind: string }>>('SELECT kind FROM coding_event WHERE coding_id = $1 ORDER BY id', [own.id]);
    expect(after.map((e) => e.kind)).toEqual(['added', 'removed']);
  });

  it('merges a code into another, moving its codings', async () => {
    const target = (await t.request({ method: 'POST', url: '/api/codebook/codes', headers: lead, payload: { name: { en: 'Explanation needed' } } })).json() as { id: string };
    const current = (await t.request({ method: 'GET', url: '/api/codebook', headers: lead })).json() as { items: Array<{ id: string; revision: number }> };
    const revision = current.items.find((c) => c.id === codeId)!.revision;
    const merged = await t.request({ method: 'POST', url: `/api/codebook/codes/${codeId}/merge`, headers: lead, payload: { intoId: target.id, revision } });
    expect(merged.statusCode).toBe(200);
    const moved = (await t.request({ method: 'GET', url: `/api/passages?codeId=${target.id}`, headers: lead })).json() as { items: unknown[] };
    expect(moved.items.length).toBe(2);
    const list = (await t.request({ method: 'GET', url: '/api/codebook', headers: lead })).json() as { items: Array<{ id: string }> };
    expect(list.items.map((c) => c.id)).not.toContain(codeId);
  });

  it('finds stemmed words in Dutch and keeps other centers out', async () => {
    const hits = (await t.request({ method: 'GET', url: `/api/search?q=${encodeURIComponent('vertrouwen')}`, headers: researcher })).json() as { items: Array<{ fragments: string; transcriptId: string; centerCode?: string }> };
    // The demo study has Dutch interviews too; this transcript's turn is found by its stem.
    const own = hits.items.filter((hit) => hit.transcriptId === transcriptId);
    expect(own).toHaveLength(1);
    expect(own[0]!.fragments).toContain('«vertrouwd»');
    const unitn = await signIn(t.request, 'researcher.unitn@polyphony.demo');
    const scoped = (await t.request({ method: 'GET', url: `/api/search?q=vertrouwen`, headers: unitn })).json() as { items: Array<{ transcriptId: string }> };
    // A UNITN researcher sees only UNITN's (Italian) interviews: no Dutch hit at all.
    expect(scoped.items).toHaveLength(0);
  });

  it('keeps memos on transcripts, codes and the project, with optimistic locking', async () => {
    const memo = await t.request({ method: 'POST', url: '/api/memos', headers: researcher, payload: { targetType: 'transcript', targetId: transcriptId, text: 'Patiënt legt nadruk op uitleg.' } });
    expect(memo.statusCode).toBe(201);
    const { id } = memo.json() as { id: string };
    const edit = (text: string) => t.request({ method: 'PATCH', url: `/api/memos/${id}`, headers: researcher, payload: { text, revision: 1 } });
    expect((await Promise.all([edit('a'), edit('b')])).map((r) => r.statusCode).sort()).toEqual([200, 409]);
    expect((await t.request({ method: 'PATCH', url: `/api/memos/${id}`, headers: coder2, payload: { text: 'x', revision: 2 } })).statusCode).toBe(404);
    const project = await t.request({ method: 'POST', url: '/api/memos', headers: lead, payload: { targetType: 'project', text: 'Thema: voorwaarden voor vertrouwen.' } });
    expect(project.statusCode).toBe(201);
    const listed = (await t.request({ method: 'GET', url: '/api/memos?targetType=project', headers: researcher })).json() as { items: unknown[] };
    expect(listed.items).toHaveLength(1);
  });
});
