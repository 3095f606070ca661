import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataSource } from 'typeorm';
import { startTestApp, type TestApp } from '../../test/support/test-app.js';
import { signIn, type SignedInHeaders } from '../../test/support/sign-in.js';
import { storeTranscript } from '../../test/support/transcript-factory.js';
import { AuditEvent } from '../audit/audit-event.entity.js';
import { User } from '../identity/user.entity.js';

interface Suggestion {
  id: string;
  transcriptId: string;
  segmentId: string;
  codeId: string;
  start: number;
  end: number;
  text: string;
  confidence: number;
  status: string;
}
interface Model {
  id: string;
  language: string;
  trainingPassages: number;
  threshold: number;
  evaluation: { folds: number; description: string; perCode: Array<{ codeId: string; precision: number; recall: number; support: number }>; macro: { precision: number; recall: number } };
}
interface Queue {
  total: number;
  items: Suggestion[];
  models: Model[];
}

const COST_LINES = [
  'P: The costs of the software are high.',
  'P: Who pays the costs for the hospital?',
  'P: The price of the licence is too high.',
  'P: The money could go to care instead.',
  'P: The costs must not rise.',
  'P: An expensive licence costs the hospital a lot of money.',
];
const EXPLANATION_LINES = [
  'P: The doctor has to explain the result.',
  'P: I want to understand why the computer says that.',
  'P: An explanation from the doctor gives trust.',
  'P: The computer should show why.',
  'P: Without an explanation I do not understand it.',
  'P: A good explanation helps me understand.',
];

describe('code suggestion endpoints', () => {
  let t: TestApp;
  let dataSource: DataSource;
  let lead: SignedInHeaders;
  let researcher: SignedInHeaders;
  let coder2: SignedInHeaders;
  let trento: SignedInHeaders;
  let researcherId: string;
  let costCode: string;
  let explanationCode: string;
  let target: { id: string; segments: Array<{ id: string; startCp: number; endCp: number }> };
  let queue: Queue;

  const post = (headers: SignedInHeaders, url: string, payload?: object) => t.request({ method: 'POST', url, headers, ...(payload ? { payload } : {}) });
  const list = async (headers: SignedInHeaders, query = ''): Promise<Queue> => {
    const response = await t.request({ method: 'GET', url: `/api/analysis/suggestions${query}`, headers });
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as Queue;
  };
  const codingsOf = async (transcriptId: string) => (await t.request({ method: 'GET', url: `/api/transcripts/${transcriptId}/codings`, headers: lead })).json() as { items: Array<{ id: string; codeId: string; coderId: string; start: number; end: number }> };

  beforeAll(async () => {
    t = await startTestApp();
    dataSource = t.app.get(DataSource);
    [lead, researcher, coder2, trento] = await Promise.all(
      ['lead@polyphony.demo', 'researcher@polyphony.demo', 'coder2@polyphony.demo', 'researcher.unitn@polyphony.demo'].map((email) => signIn(t.request, email)),
    );
    researcherId = (await dataSource.getRepository(User).findOneByOrFail({ email: 'researcher@polyphony.demo' })).id;
    // The demo's one English interview goes: the model then learns from the fixtures alone.
    await dataSource.query("DELETE FROM transcript WHERE language = 'en'");
    const codes = ((await t.request({ method: 'GET', url: '/api/codebook', headers: lead })).json() as { items: Array<{ id: string }> }).items;
    [costCode, explanationCode] = [codes[0]!.id, codes[1]!.id];

    // Twelve turns coded by the researcher (blind: not revealed), six per code: the training material.
    const coded = await storeTranscript(dataSource, { participantCode: 'RUMC-P-0001', language: 'en', lines: [...COST_LINES, ...EXPLANATION_LINES], createdBy: researcherId });
    for (const [index, segment] of coded.segments.entries()) {
      const codeId = index < COST_LINES.length ? costCode : explanationCode;
      const response = await post(researcher, `/api/transcripts/${coded.transcript.id}/codings`, { codeId, start: segment.startCp, end: segment.endCp });
      expect(response.statusCode, response.body).toBe(201);
    }
    const uncoded = await storeTranscript(dataSource, {
      participantCode: 'RUMC-P-0002',
      language: 'en',
      lines: ['I: What do you think of the costs and the explanation?', 'P: The costs and the price are too high.', 'P: I want an explanation and to understand why.', 'P: The weather is nice today.'],
      createdBy: researcherId,
    });
    target = { id: uncoded.transcript.id, segments: uncoded.segments };
  }, 180_000);
  afterAll(() => t.close());

  it('generates suggestions into the queue with the cross-validated quality of the model, coding nothing', async () => {
    const response = await post(researcher, '/api/analysis/suggestions/generate', { transcriptIds: [target.id] });
    expect(response.statusCode, response.body).toBe(201);
    const body = response.json() as { created: number; models: Model[]; skipped: unknown[] };
    expect(body.created).toBeGreaterThanOrEqual(2);
    expect(body.models).toHaveLength(1);
    const [model] = body.models;
    expect(model).toMatchObject({ language: 'en', trainingPassages: 12, threshold: 0.5 });
    expect(model!.evaluation.folds).toBe(5);
    expect(model!.evaluation.description).toContain('cross-validation');
    expect(model!.evaluation.perCode.map((code) => code.support).sort()).toEqual([6, 6]);
    for (const value of [model!.evaluation.macro.precision, model!.evaluation.macro.recall]) expect(value).toBeGreaterThanOrEqual(0);

    queue = await list(researcher);
    expect(queue.total).toBe(body.created);
    const bySegment = new Map(queue.items.map((item) => [item.segmentId, item]));
    // The interviewer's question is never suggested; the cost turn gets the cost code first.
    expect(bySegment.has(target.segments[0]!.id)).toBe(false);
    expect(queue.items.find((item) => item.segmentId === target.segments[1]!.id && item.codeId === costCode)).toMatchObject({ text: 'P: The costs and the price are too high.', status: 'pending' });
    expect(queue.items.every((item) => item.confidence >= 0.5 && item.confidence <= 1)).toBe(true);
    expect(queue.models.map((m) => m.id)).toEqual([model!.id]);
    expect((await codingsOf(target.id)).items).toHaveLength(0);
  });

  it('filters the queue by transcript, code and confidence, and keeps it per coder', async () => {
    const byCode = await list(researcher, `?codeId=${explanationCode}&transcriptId=${target.id}`);
    expect(byCode.items.length).toBeGreaterThan(0);
    expect(byCode.items.every((item) => item.codeId === explanationCode)).toBe(true);
    const strict = await list(researcher, '?minConfidence=0.999999');
    expect(strict.items.every((item) => item.confidence >= 0.999999)).toBe(true);
    expect((await list(lead)).total).toBe(0);
    expect((await t.request({ method: 'GET', url: '/api/analysis/suggestions?minConfidence=2', headers: researcher })).statusCode).toBe(400);
  });

  it('accepts by creating exactly one coding in the researcher\'s name, audited; a second accept is 409', async () => {
    const suggestion = queue.items.find((item) => item.codeId === costCode)!;
    const accepted = await post(researcher, `/api/analysis/suggestions/${suggestion.id}/accept`);
    expect(accepted.statusCode, accepted.body).toBe(200);
    const body = accepted.json() as { suggestion: Suggestion & { codingId: string }; coding: { id: string } };
    expect(body.suggestion).toMatchObject({ status: 'accepted', codingId: body.coding.id });

    const codings = (await codingsOf(target.id)).items;
    expect(codings).toHaveLength(1);
    expect(codings[0]).toMatchObject({ id: body.coding.id, codeId: costCode, coderId: researcherId, start: suggestion.start, end: suggestion.end });
    const events = await dataSource.getRepository(AuditEvent).find({ where: [{ action: 'code_suggestion.accepted', entityId: suggestion.id }, { action: 'coding.added', entityId: body.coding.id }] });
    expect(events.map((e) => [e.action, e.actorId]).sort()).toEqual([
      ['code_suggestion.accepted', researcherId],
      ['coding.added', researcherId],
    ]);

    const again = await post(researcher, `/api/analysis/suggestions/${suggestion.id}/accept`);
    expect(again.statusCode).toBe(409);
    expect((again.json() as { error: { code: string } }).error.code).toBe('SUGGESTION_ALREADY_REVIEWED');
    expect((await codingsOf(target.id)).items).toHaveLength(1);
    expect((await list(researcher)).items.some((item) => item.id === suggestion.id)).toBe(false);
  });

  it('rejects without coding; a rejected suggestion cannot be accepted (409)', async () => {
    const suggestion = (await list(researcher)).items[0]!;
    const rejected = await post(researcher, `/api/analysis/suggestions/${suggestion.id}/reject`);
    expect(rejected.statusCode, rejected.body).toBe(200);
    expect((rejected.json() as { suggestion: Suggestion }).suggestion.status).toBe('rejected');
    expect((await post(researcher, `/api/analysis/suggestions/${suggestion.id}/accept`)).statusCode).toBe(409);
    expect((await post(researcher, `/api/analysis/suggestions/${suggestion.id}/reject`)).statusCode).toBe(409);
    expect((await codingsOf(target.id)).items).toHaveLength(1);
    expect(await dataSource.getRepository(AuditEvent).countBy({ action: 'code_suggestion.rejected', entityId: suggestion.id })).toBe(1);
    expect((await list(researcher, '?status=rejected')).items.map((item) => item.id)).toEqual([suggestion.id]);

    // Regenerating does not bring back what was rejected, nor suggest for the now coded turn.
    expect((await post(researcher, '/api/analysis/suggestions/generate', { transcriptIds: [target.id] })).statusCode).toBe(201);
    const fresh = await list(researcher);
    expect(fresh.items.some((item) => item.segmentId === suggestion.segmentId && item.codeId === suggestion.codeId)).toBe(false);
    expect(fresh.items.some((item) => item.segmentId === target.segments[1]!.id)).toBe(false);
  });

  it('answers 404 outside the caller\'s scope and 422 without visible coded passages', async () => {
    const suggestion = (await list(researcher)).items[0]!;
    // Trento's researcher cannot see RUMC transcripts; the lead cannot review another coder's queue.
    expect((await post(trento, `/api/analysis/suggestions/${suggestion.id}/accept`)).statusCode).toBe(404);
    expect((await post(trento, `/api/analysis/suggestions/${suggestion.id}/reject`)).statusCode).toBe(404);
    expect((await post(lead, `/api/analysis/suggestions/${suggestion.id}/accept`)).statusCode).toBe(404);
    expect((await post(trento, '/api/analysis/suggestions/generate', { transcriptIds: [target.id] })).statusCode).toBe(404);
    expect((await post(researcher, '/api/analysis/suggestions/00000000-0000-4000-8000-000000000000/accept')).statusCode).toBe(404);
    // Blind coding: the second coder cannot learn from the researcher's unrevealed codings.
    const blind = await post(coder2, '/api/analysis/suggestions/generate', { transcriptIds: [target.id] });
    expect(blind.statusCode).toBe(422);
    expect((blind.json() as { error: { code: string } }).error.code).toBe('SUGGESTIONS_NEED_CODED_PASSAGES');
    expect((await post(researcher, '/api/analysis/suggestions/generate', { transcriptIds: [] })).statusCode).toBe(400);
    expect((await codingsOf(target.id)).items).toHaveLength(1);
  });
});
