import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataSource } from 'typeorm';
import { startTestApp, type TestApp } from '../../test/support/test-app.js';
import { signIn, type SignedInHeaders } from '../../test/support/sign-in.js';

interface Issued {
  token: string;
  instrumentVersionId: string;
}

describe('survey responses', () => {
  let t: TestApp;
  let staff: SignedInHeaders;
  let patientInstrumentId: string;
  let clinicianInstrumentId: string;
  let countRows: () => Promise<number>;

  beforeAll(async () => {
    t = await startTestApp();
    staff = await signIn(t.request, 'staff.ukm@polyphony.demo');
    const instruments = (await t.request({ method: 'GET', url: '/api/instruments', headers: staff })).json() as { items: Array<{ id: string; key: string }> };
    patientInstrumentId = instruments.items.find((i) => i.key === 'patient-meaningful-ai')!.id;
    clinicianInstrumentId = instruments.items.find((i) => i.key === 'clinician-meaningful-ai')!.id;
    const dataSource = t.app.get(DataSource);
    countRows = async () => (await dataSource.query<Array<{ n: number }>>('SELECT count(*)::int AS n FROM survey_response'))[0]!.n;
  });
  afterAll(() => t.close());

  const newParticipant = async (group = 'patient') =>
    ((await t.request({ method: 'POST', url: '/api/participants', headers: staff, payload: { center: 'UKM', group, language: 'de' } })).json() as { id: string; code: string });

  const startTablet = async (participantId: string, instrumentId = patientInstrumentId) => {
    const response = await t.request({ method: 'POST', url: '/api/tablet-sessions', headers: staff, payload: { participantId, instrumentId } });
    expect(response.statusCode).toBe(201);
    return response.json() as Issued;
  };

  const put = (token: string, id: string, body: object) =>
    t.request({ method: 'PUT', url: `/api/responses/${id}`, headers: { 'x-survey-token': token }, payload: body });

  it('saves page by page, treats retries as no-ops and freezes a completed response', async () => {
    const participant = await newParticipant();
    const { token, instrumentVersionId } = await startTablet(participant.id);
    const session = await t.request({ method: 'GET', url: '/api/survey-session', headers: { 'x-survey-token': token } });
    expect(session.statusCode).toBe(200);
    expect(session.headers['cache-control']).toBe('no-store');
    expect(session.json()).toMatchObject({ kind: 'tablet', participant: { code: participant.code }, response: null });

    const id = randomUUID();
    const base = { instrumentVersionId, participantId: participant.id };
    const first = await put(token, id, { ...base, data: { ai_openness: 4 }, status: 'in_progress', revision: 0 });
    expect(first.statusCode).toBe(200);
    expect(first.headers['cache-control']).toBe('no-store');
    expect(first.json()).toMatchObject({ unchanged: false, response: { revision: 1, status: 'in_progress', data: { ai_openness: 4 } } });

    const retry = await put(token, id, { ...base, data: { ai_openness: 4 }, status: 'in_progress', revision: 0 });
    expect(retry.json()).toMatchObject({ unchanged: true, response: { revision: 1 } });

    const stale = await put(token, id, { ...base, data: { ai_openness: 5 }, status: 'in_progress', revision: 0 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ error: { code: 'STALE_REVISION', details: { currentRevision: 1 } } });

    const answers = { ai_openness: 5, trust_ai_result: 3, importance_accuracy: 5, age_band: '60-74' };
    const completed = await put(token, id, { ...base, data: answers, status: 'completed', revision: 1 });
    expect(completed.statusCode).toBe(200);
    expect(completed.json()).toMatchObject({ response: { status: 'completed', revision: 2, data: answers } });
    expect((await put(token, id, { ...base, data: answers, status: 'completed', revision: 1 })).json()).toMatchObject({ unchanged: true });
    const changed = await put(token, id, { ...base, data: { ...answers, ai_openness: 1 }, status: 'completed', revision: 2 });
    expect(changed.statusCode).toBe(409);
    expect((changed.json() as { error: { code: string } }).error.code).toBe('RESPONSE_COMPLETED');

    const stored = await t.request({ method: 'GET', url: `/api/responses/${id}`, headers: staff });
    expect(stored.json()).toMatchObject({ status: 'completed', data: answers });
  });

  it.each([
    { name: 'a rating of 9 on a 1–5 scale', group: 'radiologist', data: { profession: 'radiologist', value_characterisation: 9 }, rule: 'out_of_range' },
    { name: 'a string for a rating', group: 'radiologist', data: { profession: 'radiologist', value_molecular: 'very much' }, rule: 'wrong_type' },
    { name: 'a sensitivity threshold above 100 %', group: 'radiologist', data: { profession: 'radiologist', threshold_sensitivity_molecular: 101 }, rule: 'out_of_range' },
    { name: 'a rating value that is not one of its labelled points', group: 'patient', data: { ai_openness: 9 }, rule: 'not_in_choices' },
    { name: 'an unknown choice', group: 'patient', data: { age_band: '120-130' }, rule: 'not_in_choices' },
    { name: 'an unknown key', group: 'patient', data: { favourite_colour: 'blue' }, rule: 'unknown_question' },
  ])('refuses $name and stores nothing', async ({ group, data, rule }) => {
    const participant = await newParticipant(group);
    const { token, instrumentVersionId } = await startTablet(participant.id, group === 'patient' ? patientInstrumentId : clinicianInstrumentId);
    const before = await countRows();
    const response = await put(token, randomUUID(), { instrumentVersionId, participantId: participant.id, data, status: 'completed', revision: 0 });
    expect(response.statusCode).toBe(422);
    expect(response.json()).toMatchObject({ error: { code: 'RESPONSE_INVALID', details: { answers: [{ rule }] } } });
    expect(await countRows()).toBe(before);
  });

  it('refuses an answer to a hidden question on completion and drops it while in progress', async () => {
    const participant = await newParticipant('neurologist');
    const { token, instrumentVersionId } = await startTablet(participant.id, clinicianInstrumentId);
    const data = { profession: 'neurologist', radiology_pacs_integration: 5 };
    const base = { instrumentVersionId, participantId: participant.id };
    const completed = await put(token, randomUUID(), { ...base, data, status: 'completed', revision: 0 });
    expect(completed.statusCode).toBe(422);
    expect(completed.json()).toMatchObject({ error: { details: { answers: [{ question: 'radiology_pacs_integration', rule: 'not_visible' }] } } });
    const draft = await put(token, randomUUID(), { ...base, data, status: 'in_progress', revision: 0 });
    expect(draft.statusCode).toBe(200);
    expect(draft.json()).toMatchObject({ response: { data: { profession: 'neurologist' } }, warnings: [{ question: 'radiology_pacs_integration', rule: 'not_visible' }] });
  });

  it('refuses a 2 MB payload with 413 and stores nothing', async () => {
    const participant = await newParticipant();
    const { token, instrumentVersionId } = await startTablet(participant.id);
    const before = await countRows();
    const response = await put(token, randomUUID(), { instrumentVersionId, participantId: participant.id, data: { comments: 'x'.repeat(2_000_000) }, status: 'in_progress', revision: 0 });
    expect(response.statusCode).toBe(413);
    expect(await countRows()).toBe(before);
  });

  it('stores exactly one response when the same submission arrives many times at once', async () => {
    const participant = await newParticipant();
    const { token, instrumentVersionId } = await startTablet(participant.id);
    const id = randomUUID();
    const before = await countRows();
    const body = { instrumentVersionId, participantId: participant.id, data: { ai_openness: 2 }, status: 'completed', revision: 0 };
    const statuses = (await Promise.all(Array.from({ length: 12 }, () => put(token, id, body)))).map((r) => r.statusCode);
    expect(statuses.every((s) => s === 200)).toBe(true);
    expect(await countRows()).toBe(before + 1);
  });

  it('keeps a token to its own participant and instrument', async () => {
    const mine = await newParticipant();
    const other = await newParticipant();
    const { token, instrumentVersionId } = await startTablet(mine.id);
    const foreign = await put(token, randomUUID(), { instrumentVersionId, participantId: other.id, data: {}, status: 'in_progress', revision: 0 });
    expect(foreign.statusCode).toBe(403);
    const staffRoute = await t.request({ method: 'GET', url: '/api/participants', headers: { 'x-survey-token': token } });
    expect(staffRoute.statusCode).toBe(401);
    const bogus = await t.request({ method: 'GET', url: '/api/survey-session', headers: { 'x-survey-token': 'x'.repeat(43) } });
    expect(bogus.statusCode).toBe(401);
  });

  it('lets a clinician resume an invitation link until completion, then refuses a second submission', async () => {
    const clinician = await newParticipant('radiologist');
    const invitation = await t.request({ method: 'POST', url: '/api/survey-invitations', headers: staff, payload: { participantId: clinician.id, instrumentId: clinicianInstrumentId } });
    expect(invitation.statusCode).toBe(201);
    const { token, instrumentVersionId, url } = invitation.json() as Issued & { url: string };
    expect(url).toMatch(/\/survey\/[A-Za-z0-9_-]+$/);
    const id = randomUUID();
    const base = { instrumentVersionId, participantId: clinician.id };
    await put(token, id, { ...base, data: { profession: 'radiologist' }, status: 'in_progress', revision: 0 });

    const resumed = (await t.request({ method: 'GET', url: '/api/survey-session', headers: { 'x-survey-token': token } })).json() as { response: { id: string; revision: number; data: object } };
    expect(resumed.response).toMatchObject({ id, revision: 1, data: { profession: 'radiologist' } });
    const done = await put(token, id, { ...base, data: { profession: 'radiologist', ai_experience: 'none' }, status: 'completed', revision: 1 });
    expect(done.statusCode, done.body).toBe(200);
    const second = await put(token, randomUUID(), { ...base, data: { profession: 'radiologist' }, status: 'completed', revision: 0 });
    expect(second.statusCode).toBe(409);
    // Once completed, the link gives no answers back to whoever holds it.
    const afterwards = (await t.request({ method: 'GET', url: '/api/survey-session', headers: { 'x-survey-token': token } })).json() as { completed: boolean; response: unknown };
    expect(afterwards).toMatchObject({ completed: true, response: null });
    expect((await t.request({ method: 'GET', url: `/api/responses/${id}`, headers: { 'x-survey-token': token } })).statusCode).toBe(404);
    const listed = (await t.request({ method: 'GET', url: '/api/survey-invitations', headers: staff })).json() as { items: Array<{ participantCode: string; status: string }> };
    expect(listed.items.find((i) => i.participantCode === clinician.code)?.status).toBe('completed');
  });

  it('audits a staff correction with old and new values, and erases responses on withdrawal', async () => {
    const participant = await newParticipant();
    const { token, instrumentVersionId } = await startTablet(participant.id);
    const id = randomUUID();
    await put(token, id, { instrumentVersionId, participantId: participant.id, data: { ai_openness: 2 }, status: 'completed', revision: 0 });
    const corrected = await t.request({ method: 'POST', url: `/api/responses/${id}/correction`, headers: staff, payload: { data: { ai_openness: 4 }, reason: 'Tapped the wrong button, said the patient', revision: 1 } });
    expect(corrected.statusCode).toBe(200);
    const [event] = await t.app.get(DataSource).query<Array<{ summary: { changes: unknown[] } }>>(`SELECT summary FROM audit_event WHERE action = 'response.corrected' AND entity_id = $1`, [id]);
    expect(event!.summary.changes).toEqual([{ question: 'ai_openness', old: 2, new: 4 }]);

    const withdrawn = await t.request({ method: 'POST', url: `/api/participants/${participant.id}/withdraw`, headers: staff, payload: { dataHandling: 'erase' } });
    expect(withdrawn.statusCode).toBe(200);
    expect((await t.request({ method: 'GET', url: `/api/responses/${id}`, headers: staff })).statusCode).toBe(404);
    expect((await t.request({ method: 'GET', url: '/api/survey-session', headers: { 'x-survey-token': token } })).statusCode).toBe(401);
  });
});
