import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataSource } from 'typeorm';
import { startTestApp, type TestApp } from '../../test/support/test-app.js';
import { signIn } from '../../test/support/sign-in.js';
import { AuditEvent } from '../audit/audit-event.entity.js';
import { SessionService } from './session.service.js';

describe('sign-in, sessions and invitations', () => {
  let t: TestApp;
  let inject: TestApp['request'];
  beforeAll(async () => {
    t = await startTestApp();
    inject = t.request;
  });
  afterAll(() => t.close());

  it('signs in with a session cookie that scripts cannot read and a CSRF cookie they can', async () => {
    const response = await inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'Staff.RUMC@polyphony.demo', password: 'polyphony-demo' } });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ user: { email: 'staff.rumc@polyphony.demo', role: 'site_staff', center: 'RUMC' } });
    expect(response.body).not.toContain('passwordHash');
    const session = response.cookies.find((c) => c.name === 'polyphony_session');
    const csrf = response.cookies.find((c) => c.name === 'polyphony_csrf');
    expect(session).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(csrf?.httpOnly).toBeFalsy();
  });

  it('answers a wrong password with 401 in the caller language and records the failure', async () => {
    const response = await inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'accept-language': 'de' },
      payload: { email: 'lead@polyphony.demo', password: 'not-the-password' },
    });
    expect(response.statusCode).toBe(401);
    expect(response.json()).toEqual({ error: { code: 'INVALID_CREDENTIALS', message: 'E-Mail-Adresse oder Passwort ist nicht korrekt.' } });
    const failures = await t.app.get(DataSource).getRepository(AuditEvent).countBy({ action: 'auth.sign_in_failed' });
    expect(failures).toBeGreaterThan(0);
  });

  it('locks an account after five failures in fifteen minutes, even for the right password', async () => {
    const email = 'coder2@polyphony.demo';
    for (let i = 0; i < 5; i += 1) {
      const failed = await inject({ method: 'POST', url: '/api/auth/login', payload: { email, password: `wrong-${i}` }, remoteAddress: `10.9.0.${i}` });
      expect(failed.statusCode).toBe(401);
    }
    const locked = await inject({ method: 'POST', url: '/api/auth/login', payload: { email, password: 'polyphony-demo' }, remoteAddress: '10.9.1.1' });
    expect(locked.statusCode).toBe(429);
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(800);
    expect((locked.json() as { error: { code: string } }).error.code).toBe('TOO_MANY_REQUESTS');
  });

  it('throttles one address that tries many accounts', async () => {
    const address = '10.8.0.1';
    for (let i = 0; i < 5; i += 1) {
      await inject({ method: 'POST', url: '/api/auth/login', payload: { email: `nobody${i}@example.org`, password: 'whatever-it-is' }, remoteAddress: address });
    }
    const blocked = await inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'admin@polyphony.demo', password: 'polyphony-demo' }, remoteAddress: address });
    expect(blocked.statusCode).toBe(429);
  });

  it('ends the session on the server at sign-out, so a copied cookie is useless', async () => {
    const headers = await signIn(inject, 'researcher@polyphony.demo');
    expect((await inject({ method: 'GET', url: '/api/auth/me', headers })).statusCode).toBe(200);
    expect((await inject({ method: 'POST', url: '/api/auth/logout', headers })).statusCode).toBe(204);
    const reused = await inject({ method: 'GET', url: '/api/auth/me', headers });
    expect(reused.statusCode).toBe(401);
  });

  it('refuses a state change without the CSRF token', async () => {
    const headers = await signIn(inject, 'staff.ukm@polyphony.demo');
    const response = await inject({
      method: 'POST',
      url: '/api/participants',
      headers: { cookie: headers.cookie },
      payload: { center: 'UKM', group: 'patient', language: 'de' },
    });
    expect(response.statusCode).toBe(403);
    expect((response.json() as { error: { code: string } }).error.code).toBe('CSRF_FAILED');
  });

  it('creates users by single-use invitation, with a password policy', async () => {
    const admin = await signIn(inject, 'admin@polyphony.demo');
    const invited = await inject({
      method: 'POST',
      url: '/api/users/invitations',
      headers: admin,
      payload: { email: 'new.staff@ukd.example', role: 'site_staff', center: 'UKD' },
    });
    expect(invited.statusCode).toBe(201);
    const { invitationPath } = invited.json() as { invitationPath: string };
    const token = invitationPath.split('/').pop()!;
    const described = await inject({ method: 'GET', url: `/api/auth/invitations/${token}` });
    expect(described.json()).toMatchObject({ email: 'new.staff@ukd.example', role: 'site_staff', center: 'UKD', kind: 'invite' });

    const weak = await inject({ method: 'POST', url: `/api/auth/invitations/${token}/accept`, payload: { password: 'password1234' } });
    expect(weak.statusCode).toBe(400);
    expect(weak.json()).toMatchObject({ error: { code: 'WEAK_PASSWORD', details: { issues: [{ path: 'password', rule: 'password_common' }] } } });
    const short = await inject({ method: 'POST', url: `/api/auth/invitations/${token}/accept`, payload: { password: 'Short1!' } });
    expect(short.json()).toMatchObject({ error: { details: { issues: [{ rule: 'password_too_short' }] } } });

    const accepted = await inject({ method: 'POST', url: `/api/auth/invitations/${token}/accept`, payload: { password: 'Blue tablets at dawn 42', displayName: 'Neue Kraft' } });
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json()).toMatchObject({ user: { email: 'new.staff@ukd.example', role: 'site_staff', center: 'UKD', displayName: 'Neue Kraft' } });
    const again = await inject({ method: 'POST', url: `/api/auth/invitations/${token}/accept`, payload: { password: 'Another long phrase 77' } });
    expect(again.statusCode).toBe(404);
    await signIn(inject, 'new.staff@ukd.example', 'Blue tablets at dawn 42');
  });

  it('lets a lead invite researchers but nobody else', async () => {
    const lead = await signIn(inject, 'lead@polyphony.demo');
    const researcher = await inject({ method: 'POST', url: '/api/users/invitations', headers: lead, payload: { email: 'r2@unitn.example', role: 'researcher', center: 'UNITN' } });
    expect(researcher.statusCode).toBe(201);
    const admin = await inject({ method: 'POST', url: '/api/users/invitations', headers: lead, payload: { email: 'a2@x.example', role: 'admin', center: null } });
    expect(admin.statusCode).toBe(403);
  });

  it('refuses site staff without a center and ends all sessions of a disabled user', async () => {
    const admin = await signIn(inject, 'admin@polyphony.demo');
    const noCenter = await inject({ method: 'POST', url: '/api/users/invitations', headers: admin, payload: { email: 's9@x.example', role: 'site_staff', center: null } });
    expect(noCenter.statusCode).toBe(400);

    const staff = await signIn(inject, 'staff.rumc@polyphony.demo');
    const users = (await inject({ method: 'GET', url: '/api/users', headers: admin })).json() as { items: Array<{ id: string; email: string }> };
    const staffId = users.items.find((u) => u.email === 'staff.rumc@polyphony.demo')!.id;
    const disabled = await inject({ method: 'PATCH', url: `/api/users/${staffId}`, headers: admin, payload: { disabled: true } });
    expect(disabled.statusCode).toBe(200);
    expect((await inject({ method: 'GET', url: '/api/auth/me', headers: staff })).statusCode).toBe(401);
    const signInAgain = await inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'staff.rumc@polyphony.demo', password: 'polyphony-demo' } });
    expect(signInAgain.statusCode).toBe(403);
    await inject({ method: 'PATCH', url: `/api/users/${staffId}`, headers: admin, payload: { disabled: false } });
  });

  it('ends a session idle for 30 minutes or past its 12 hours, and notes activity at most once a minute', async () => {
    const db = t.app.get(DataSource);
    const sessionOf = async (email: string) => {
      const headers = await signIn(inject, email);
      const [row] = await db.query<Array<{ token_hash: string }>>('SELECT token_hash FROM user_session ORDER BY created_at DESC LIMIT 1');
      return { headers, tokenHash: row!.token_hash };
    };
    const me = (headers: Record<string, string>) => inject({ method: 'GET', url: '/api/auth/me', headers }).then((r) => r.statusCode);

    const idle = await sessionOf('researcher@polyphony.demo');
    await db.query("UPDATE user_session SET last_seen_at = now() - interval '31 minutes' WHERE token_hash = $1", [idle.tokenHash]);
    expect(await me(idle.headers)).toBe(401);

    const old = await sessionOf('researcher@polyphony.demo');
    await db.query("UPDATE user_session SET expires_at = now() - interval '1 second' WHERE token_hash = $1", [old.tokenHash]);
    expect(await me(old.headers)).toBe(401);

    const active = await sessionOf('researcher@polyphony.demo');
    await db.query("UPDATE user_session SET last_seen_at = now() - interval '2 minutes' WHERE token_hash = $1", [active.tokenHash]);
    expect(await me(active.headers)).toBe(200);
    const [touched] = await db.query<Array<{ age: number }>>('SELECT extract(epoch FROM now() - last_seen_at)::float AS age FROM user_session WHERE token_hash = $1', [active.tokenHash]);
    expect(touched!.age).toBeLessThan(30);

    // A user disabled behind the API's back (straight in the database) is refused as well.
    await db.query("UPDATE app_user SET disabled = true WHERE email = 'researcher@polyphony.demo'");
    try {
      expect(await me(active.headers)).toBe(401);
    } finally {
      await db.query("UPDATE app_user SET disabled = false WHERE email = 'researcher@polyphony.demo'");
    }
  });

  it('purges ended sessions (past 12 hours or idle 30 minutes) and keeps live ones', async () => {
    const db = t.app.get(DataSource);
    await signIn(inject, 'researcher.unitn@polyphony.demo');
    await signIn(inject, 'researcher.unitn@polyphony.demo');
    const live = await signIn(inject, 'researcher.unitn@polyphony.demo'); // the newest: first in the list below
    const rows = await db.query<Array<{ token_hash: string }>>("SELECT s.token_hash FROM user_session s JOIN app_user u ON u.id = s.user_id WHERE u.email = 'researcher.unitn@polyphony.demo' ORDER BY s.created_at DESC");
    const [, idle, old] = rows.map((row) => row.token_hash);
    await db.query("UPDATE user_session SET last_seen_at = now() - interval '31 minutes' WHERE token_hash = $1", [idle]);
    await db.query("UPDATE user_session SET expires_at = now() - interval '1 second' WHERE token_hash = $1", [old]);
    expect(await t.app.get(SessionService).purgeExpired()).toBeGreaterThanOrEqual(2);
    const left = await db.query<Array<{ token_hash: string }>>('SELECT token_hash FROM user_session WHERE token_hash = ANY($1::text[])', [[idle, old]]);
    expect(left).toEqual([]);
    expect((await inject({ method: 'GET', url: '/api/auth/me', headers: live })).statusCode).toBe(200);
  });
});
