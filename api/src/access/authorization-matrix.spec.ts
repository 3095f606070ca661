import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/support/test-app.js';
import { routeTable, type RouteEntry } from '../../test/support/route-table.js';
import { signIn } from '../../test/support/sign-in.js';
import type { Role } from '../identity/roles.js';

/** One demo account per role and placement; center-scoped ones are what the center column tests. */
const ACTORS: Array<{ email: string; role: Role; center: string | null }> = [
  { email: 'admin@polyphony.demo', role: 'admin', center: null },
  { email: 'lead@polyphony.demo', role: 'lead', center: null },
  { email: 'researcher@polyphony.demo', role: 'researcher', center: null },
  { email: 'researcher.unitn@polyphony.demo', role: 'researcher', center: 'UNITN' },
  { email: 'staff.ukm@polyphony.demo', role: 'site_staff', center: 'UKM' },
];

describe('authorization matrix (generated from the route table)', () => {
  let t: TestApp;
  let routes: RouteEntry[];
  const participantOf: Record<string, string> = {};
  let someUserId = '';

  beforeAll(async () => {
    t = await startTestApp();
    routes = routeTable(t.app);
    const lead = await signIn(t.request, 'lead@polyphony.demo');
    const all = (await t.request({ method: 'GET', url: '/api/participants', headers: lead })).json() as { items: Array<{ id: string; center: string }> };
    for (const p of all.items) participantOf[p.center] ??= p.id;
    const admin = await signIn(t.request, 'admin@polyphony.demo');
    someUserId = ((await t.request({ method: 'GET', url: '/api/users', headers: admin })).json() as { items: Array<{ id: string }> }).items[0].id;
  });
  afterAll(() => t.close());

  it('finds a declared access policy on every route', () => {
    expect(routes.length).toBeGreaterThan(10);
    const undeclared = routes.filter((r) => !r.policy).map((r) => `${r.method} ${r.path} (${r.handler})`);
    expect(undeclared).toEqual([]);
  });

  const urlFor = (route: RouteEntry, center: string) =>
    route.path
      .replace(':id', route.path.startsWith('/api/participants') ? participantOf[center] : someUserId)
      .replace(':token', 'x'.repeat(43));

  it('refuses anonymous callers on every non-public route with 401', async () => {
    for (const route of routes) {
      const response = await t.request({ method: route.method, url: urlFor(route, 'RUMC'), payload: route.method === 'GET' ? undefined : {} });
      const expected = route.policy?.kind === 'public' ? 'not 401/403' : 401;
      const actual = route.policy?.kind === 'public' ? ([401, 403].includes(response.statusCode) ? response.statusCode : 'not 401/403') : response.statusCode;
      expect(actual, `${route.method} ${route.path}`).toBe(expected);
      expect(response.statusCode, `${route.method} ${route.path} must never 500`).toBeLessThan(500);
    }
  });

  it.each(ACTORS)('lets $email ($role, center $center) call exactly the routes its policy allows', async (actor) => {
    for (const route of routes.filter((r) => r.policy?.kind === 'roles')) {
      const policy = route.policy as Extract<RouteEntry['policy'], { kind: 'roles' }>;
      const allowed = policy.roles.includes(actor.role) && !(policy.projectWide && actor.center !== null);
      // A fresh session per call: some routes (sign-out) end the one they are called with.
      const headers = await signIn(t.request, actor.email);
      const response = await t.request({ method: route.method, url: urlFor(route, actor.center ?? 'RUMC'), headers, payload: route.method === 'GET' ? undefined : {} });
      const label = `${actor.email} ${route.method} ${route.path} → ${response.statusCode}`;
      expect(response.statusCode, label).toBeLessThan(500);
      if (allowed) expect([401, 403], label).not.toContain(response.statusCode);
      else expect(response.statusCode, label).toBe(403);
    }
  });

  it.each(ACTORS.filter((a) => a.center !== null))('answers $email with 404 for records of another center', async (actor) => {
    const otherCenter = actor.center === 'UKM' ? 'RUMC' : 'UKM';
    const idRoutes = routes.filter((r) => r.path.startsWith('/api/participants/:id') && r.policy?.kind === 'roles' && r.policy.roles.includes(actor.role));
    expect(idRoutes.length).toBeGreaterThan(0);
    for (const route of idRoutes) {
      const headers = await signIn(t.request, actor.email);
      const payload = route.method === 'GET' ? undefined : route.path.endsWith('consent') ? { version: 'v1' } : { dataHandling: 'keep' };
      const other = await t.request({ method: route.method, url: urlFor(route, otherCenter), headers, payload });
      expect(other.statusCode, `${actor.email} ${route.method} ${route.path} other center`).toBe(404);
      if (route.method === 'GET') {
        const own = await t.request({ method: 'GET', url: urlFor(route, actor.center!), headers });
        expect(own.statusCode, `${actor.email} ${route.path} own center`).toBe(200);
      }
    }
  });
});
