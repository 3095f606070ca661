import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataSource } from 'typeorm';
import { startTestApp, type TestApp } from '../../test/support/test-app.js';
import { signIn, type SignedInHeaders } from '../../test/support/sign-in.js';
import { AuditEvent } from '../audit/audit-event.entity.js';
import type { ParticipantView } from './participants.service.js';

describe('participants', () => {
  let t: TestApp;
  let ukm: SignedInHeaders;
  let rumc: SignedInHeaders;
  let lead: SignedInHeaders;
  beforeAll(async () => {
    t = await startTestApp();
    ukm = await signIn(t.request, 'staff.ukm@polyphony.demo');
    rumc = await signIn(t.request, 'staff.rumc@polyphony.demo');
    lead = await signIn(t.request, 'lead@polyphony.demo');
  });
  afterAll(() => t.close());

  const create = (headers: SignedInHeaders, payload: object) => t.request({ method: 'POST', url: '/api/participants', headers, payload });

  it('registers a participant under the next pseudonym of its center and group', async () => {
    const first = await create(ukm, { center: 'UKM', group: 'patient', language: 'de' });
    expect(first.statusCode).toBe(201);
    // The demo already holds UKM-P-0001 and UKM-P-0002.
    expect((first.json() as ParticipantView).code).toBe('UKM-P-0003');
    const surgeon = await create(ukm, { center: 'UKM', group: 'neurosurgeon', language: 'de' });
    expect((surgeon.json() as ParticipantView).code).toBe('UKM-S-0001');
  });

  it('hands out distinct codes to concurrent registrations', async () => {
    const responses = await Promise.all(Array.from({ length: 12 }, () => create(ukm, { center: 'UKM', group: 'radiologist', language: 'de' })));
    const codes = responses.map((r) => (r.json() as ParticipantView).code);
    expect(new Set(codes).size).toBe(12);
    expect(codes.every((code) => /^UKM-R-\d{4}$/.test(code))).toBe(true);
  });

  it('has no place for names or contact data: such fields are refused', async () => {
    const response = await create(ukm, { center: 'UKM', group: 'patient', language: 'de', name: 'Erika Mustermann', birthDate: '1961-02-03' });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ error: { code: 'VALIDATION_FAILED', details: { issues: [{ rule: 'unrecognized_key' }] } } });
  });

  it('keeps site staff inside their own center', async () => {
    const elsewhere = await create(ukm, { center: 'RUMC', group: 'patient', language: 'nl' });
    expect(elsewhere.statusCode).toBe(403);

    const ukmList = (await t.request({ method: 'GET', url: '/api/participants', headers: ukm })).json() as { items: ParticipantView[] };
    expect(ukmList.items.length).toBeGreaterThan(0);
    expect(ukmList.items.every((p) => p.center === 'UKM')).toBe(true);

    const rumcParticipant = ((await t.request({ method: 'GET', url: '/api/participants', headers: rumc })).json() as { items: ParticipantView[] }).items[0];
    const hidden = await t.request({ method: 'GET', url: `/api/participants/${rumcParticipant.id}`, headers: ukm });
    expect(hidden.statusCode).toBe(404);
    const missing = await t.request({ method: 'GET', url: '/api/participants/00000000-0000-4000-8000-000000000000', headers: ukm });
    expect(hidden.json()).toEqual(missing.json());

    const leadList = (await t.request({ method: 'GET', url: '/api/participants', headers: lead })).json() as { items: ParticipantView[] };
    expect(new Set(leadList.items.map((p) => p.center)).size).toBe(5);
  });

  it('finds participants by part of their code', async () => {
    const list = (await t.request({ method: 'GET', url: '/api/participants?search=p-000', headers: ukm })).json() as { items: ParticipantView[] };
    expect(list.items.map((p) => p.code)).toEqual(['UKM-P-0001', 'UKM-P-0002', 'UKM-P-0003']);
  });

  it('records consent and refuses identifiers typed into free text', async () => {
    const participant = (await create(ukm, { center: 'UKM', group: 'patient', language: 'de' })).json() as ParticipantView;
    const withEmail = await t.request({ method: 'POST', url: `/api/participants/${participant.id}/consent`, headers: ukm, payload: { version: 'v2 erika@example.de' } });
    expect(withEmail.statusCode).toBe(400);
    expect(withEmail.json()).toMatchObject({ error: { details: { issues: [{ path: 'version', rule: 'contains_identifier' }] } } });
    const withPhone = await t.request({ method: 'POST', url: `/api/participants/${participant.id}/consent`, headers: ukm, payload: { version: 'call +49 251 8356 000' } });
    expect(withPhone.statusCode).toBe(400);
    const ok = await t.request({ method: 'POST', url: `/api/participants/${participant.id}/consent`, headers: ukm, payload: { version: 'ICF-2026-03 v2.1' } });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ consentVersion: 'ICF-2026-03 v2.1' });
    expect((ok.json() as ParticipantView).consentGivenAt).not.toBeNull();
  });

  it('refuses an over-long consent text as too long, without scanning it', async () => {
    const participant = (await create(ukm, { center: 'UKM', group: 'patient', language: 'de' })).json() as ParticipantView;
    const version = `${'x'.repeat(300_000)} erika@example.de`;
    const response = await t.request({ method: 'POST', url: `/api/participants/${participant.id}/consent`, headers: ukm, payload: { version } });
    expect(response.statusCode).toBe(400);
    expect((response.json() as { error: { details: { issues: Array<{ rule: string }> } } }).error.details.issues.map((issue) => issue.rule)).toEqual(['too_big']);
  });

  it('withdraws a participant, erasing their research data, with an audit event that holds no content', async () => {
    const participant = (await create(ukm, { center: 'UKM', group: 'patient', language: 'de' })).json() as ParticipantView;
    const withdrawn = await t.request({ method: 'POST', url: `/api/participants/${participant.id}/withdraw`, headers: ukm, payload: { dataHandling: 'erase' } });
    expect(withdrawn.statusCode).toBe(200);
    expect(withdrawn.json()).toMatchObject({ dataErased: true });
    expect((withdrawn.json() as ParticipantView).withdrawnAt).not.toBeNull();
    const twice = await t.request({ method: 'POST', url: `/api/participants/${participant.id}/withdraw`, headers: ukm, payload: { dataHandling: 'keep' } });
    expect(twice.statusCode).toBe(409);
    const event = await t.app.get(DataSource).getRepository(AuditEvent).findOneByOrFail({ action: 'participant.withdrawn_and_erased', entityId: participant.id });
    expect(event.summary).toMatchObject({ dataHandling: 'erase' });
    expect(event.centerCode).toBe('UKM');
  });
});
