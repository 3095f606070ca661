import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataSource } from 'typeorm';
import { startTestApp, type TestApp } from '../../test/support/test-app.js';
import { signIn, type SignedInHeaders } from '../../test/support/sign-in.js';

/** Bodies a hostile or broken client might send: wrong types, prototype keys, odd Unicode, huge strings. */
const hostileValue = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme', maxLength: 50 }),
  fc.constantFrom('\u0000', '\uFFFF', '\uD800', '𝕏'.repeat(300), 'a'.repeat(70_000), '../../etc/passwd', "'; DROP TABLE participant; --"),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string(), { maxLength: 5 }),
  fc.dictionary(fc.string(), fc.string(), { maxKeys: 3 }),
);
const hostileObject = fc.oneof(
  fc.dictionary(fc.constantFrom('email', 'password', 'center', 'group', 'language', 'role', 'id', 'version', 'dataHandling', '__proto__', 'constructor', 'name'), hostileValue),
  fc.record({ __proto__: fc.record({ role: fc.constant('admin') }) }),
  fc.record({ center: fc.constant('UKM'), group: fc.constant('patient'), language: fc.constant('de'), role: fc.constant('admin'), id: fc.uuid() }),
);
const hostileBody = fc.oneof(
  hostileObject.map((o) => JSON.stringify(o)),
  fc.string(),
  fc.constantFrom('', 'null', '[]', '"text"', '{"__proto__":{"isAdmin":true}}', '{"a":', '{'.repeat(5000)),
);
const hostileId = fc.oneof(fc.uuid(), fc.string(), fc.constantFrom('%00', '..%2F..', '-1', '1e308', 'x'.repeat(600)));
const contentType = fc.constantFrom('application/json', 'application/json; charset=utf-8', 'text/plain', 'application/x-www-form-urlencoded', 'application/json; charset=latin1');

const RUNS = 150;

describe('hostile input at the auth and participant endpoints', () => {
  let t: TestApp;
  let staff: SignedInHeaders;
  let countRows: () => Promise<number>;
  beforeAll(async () => {
    t = await startTestApp();
    staff = await signIn(t.request, 'staff.ukm@polyphony.demo');
    const dataSource = t.app.get(DataSource);
    countRows = async () => Number(((await dataSource.query('SELECT count(*)::int AS n FROM participant')) as Array<{ n: number }>)[0].n);
  });
  afterAll(() => t.close());

  const assertEnvelope = (status: number, body: string, label: string) => {
    expect(status, label).toBeGreaterThanOrEqual(400);
    expect(status, label).toBeLessThan(500);
    const parsed = JSON.parse(body) as { error?: { code?: unknown; message?: unknown } };
    expect(typeof parsed.error?.code, label).toBe('string');
    expect(typeof parsed.error?.message, label).toBe('string');
  };

  it('answers any malformed sign-in with a 4xx envelope, never a 500', async () => {
    await fc.assert(
      fc.asyncProperty(hostileBody, contentType, fc.ipV4(), async (payload, type, remoteAddress) => {
        const response = await t.request({ method: 'POST', url: '/api/auth/login', headers: { 'content-type': type }, payload, remoteAddress });
        assertEnvelope(response.statusCode, response.body, `${type} ${payload.slice(0, 80)}`);
      }),
      { numRuns: RUNS },
    );
  });

  it('answers hostile participant bodies, ids and queries with 4xx and writes nothing', async () => {
    const before = await countRows();
    const startedAt = new Date();
    await fc.assert(
      fc.asyncProperty(hostileBody, hostileId, contentType, fc.string({ maxLength: 40 }), async (payload, id, type, query) => {
        const headers = { ...staff, 'content-type': type };
        const create = await t.request({ method: 'POST', url: '/api/participants', headers, payload });
        // A body that happens to be a valid registration is allowed to succeed; anything else is refused.
        if (create.statusCode !== 201) assertEnvelope(create.statusCode, create.body, `create ${payload.slice(0, 80)}`);
        else await t.request({ method: 'GET', url: '/api/health' });
        const consent = await t.request({ method: 'POST', url: `/api/participants/${encodeURIComponent(id)}/consent`, headers, payload });
        assertEnvelope(consent.statusCode, consent.body, `consent ${id}`);
        const list = await t.request({ method: 'GET', url: `/api/participants?search=${encodeURIComponent(query)}&group=${encodeURIComponent(query)}`, headers: staff });
        expect(list.statusCode, `list ${query}`).toBeLessThan(500);
      }),
      { numRuns: RUNS },
    );
    const created = (await countRows()) - before;
    // Only the fixed valid record above can create rows, and only with center UKM (never 'admin' role etc.).
    const rows = (await t.app.get(DataSource).query('SELECT center_code FROM participant WHERE created_at >= $1', [startedAt])) as Array<{ center_code: string }>;
    expect(rows.every((r) => r.center_code === 'UKM')).toBe(true);
    expect(created).toBeGreaterThanOrEqual(0);
  });

  it('ignores mass assignment: a role or id in a participant body is refused, not applied', async () => {
    const response = await t.request({
      method: 'POST',
      url: '/api/participants',
      headers: staff,
      payload: { center: 'UKM', group: 'patient', language: 'de', role: 'admin', id: '00000000-0000-4000-8000-000000000001' },
    });
    expect(response.statusCode).toBe(400);
    const me = await t.request({ method: 'GET', url: '/api/auth/me', headers: staff });
    expect(me.json()).toMatchObject({ user: { role: 'site_staff', center: 'UKM' } });
  });
});
