import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataSource } from 'typeorm';
import { startTestApp, type TestApp } from '../../test/support/test-app.js';
import { signIn } from '../../test/support/sign-in.js';
import { AuditService } from './audit.service.js';

describe('audit trail', () => {
  let t: TestApp;
  let dataSource: DataSource;
  beforeAll(async () => {
    t = await startTestApp();
    dataSource = t.app.get(DataSource);
    const staff = await signIn(t.request, 'staff.rumc@polyphony.demo');
    for (let i = 0; i < 5; i += 1) {
      await t.request({ method: 'POST', url: '/api/participants', headers: staff, payload: { center: 'RUMC', group: 'patient', language: 'nl' } });
    }
  });
  afterAll(() => t.close());

  it('is intact after ordinary use, and an admin can check it over the API', async () => {
    const admin = await signIn(t.request, 'admin@polyphony.demo');
    const verdict = await t.request({ method: 'GET', url: '/api/audit/verify', headers: admin });
    expect(verdict.json()).toMatchObject({ ok: true, firstBrokenId: null });
    expect((verdict.json() as { checked: number }).checked).toBeGreaterThanOrEqual(7);
  });

  it('is append-only: the database refuses DELETE and any UPDATE but sealing', async () => {
    await t.app.get(AuditService).verify();
    await expect(dataSource.query(`UPDATE audit_event SET action = 'x'`)).rejects.toThrow(/append-only/);
    await expect(dataSource.query(`UPDATE audit_event SET seq = seq + 1000`)).rejects.toThrow(/append-only/);
    await expect(dataSource.query('DELETE FROM audit_event')).rejects.toThrow(/append-only/);
    // Even an event not yet sealed cannot have its content changed.
    await dataSource.transaction(async (manager) => {
      await t.app.get(AuditService).append(manager, { actor: null, action: 'test.pending', entity: 'test' });
      await expect(manager.query(`SAVEPOINT s; UPDATE audit_event SET summary = '{"x":1}' WHERE action = 'test.pending'`)).rejects.toThrow(/append-only/);
      await manager.query('ROLLBACK TO SAVEPOINT s');
    });
  });

  it('chains concurrent writers into one unbroken sequence', async () => {
    const staff = await signIn(t.request, 'staff.rumc@polyphony.demo');
    await Promise.all(
      Array.from({ length: 25 }, () => t.request({ method: 'POST', url: '/api/participants', headers: staff, payload: { center: 'RUMC', group: 'patient', language: 'nl' } })),
    );
    const verdict = await t.app.get(AuditService).verify();
    expect(verdict).toMatchObject({ ok: true, pending: 0 });
    const [{ n, max }] = await dataSource.query<Array<{ n: number; max: string }>>('SELECT count(*)::int AS n, max(seq)::text AS max FROM audit_event');
    expect(Number(max)).toBe(n);
  });

  it('detects an event altered directly in the database, naming the first broken link', async () => {
    await t.app.get(AuditService).verify();
    const [target] = (await dataSource.query(`SELECT id FROM audit_event WHERE action = 'participant.created' ORDER BY id LIMIT 1 OFFSET 2`)) as Array<{ id: string }>;
    // Someone with superuser rights switches the guard off and edits history.
    await dataSource.query('ALTER TABLE audit_event DISABLE TRIGGER audit_event_seal_only');
    await dataSource.query(`UPDATE audit_event SET summary = '{"code":"RUMC-P-9999"}' WHERE id = $1`, [target.id]);
    await dataSource.query('ALTER TABLE audit_event ENABLE TRIGGER audit_event_seal_only');
    const verdict = await t.app.get(AuditService).verify();
    expect(verdict.ok).toBe(false);
    expect(String(verdict.firstBrokenId)).toBe(String(target.id));
  });

  it('lets leads filter events, center-scoped to nothing beyond what they may see', async () => {
    const lead = await signIn(t.request, 'lead@polyphony.demo');
    const page = await t.request({ method: 'GET', url: '/api/audit?action=participant.&center=RUMC&pageSize=3', headers: lead });
    const body = page.json() as { items: Array<{ action: string; center: string }>; total: number };
    expect(body.total).toBe(30); // 5 from setup, 25 from the concurrency test
    expect(body.items).toHaveLength(3);
    expect(body.items.every((e) => e.action === 'participant.created' && e.center === 'RUMC')).toBe(true);
    const staff = await signIn(t.request, 'staff.rumc@polyphony.demo');
    expect((await t.request({ method: 'GET', url: '/api/audit', headers: staff })).statusCode).toBe(403);
  });
});
