import { connect } from 'node:net';
import { afterAll, describe, it } from 'vitest';
import { call, rawRequest, signIn, surveyFixture, type Session } from './support/client.js';
import { fuzzCases } from './support/fuzz.js';
import { inPool } from './support/pool.js';
import { Verdicts } from './support/results.js';
import { startStack, type Stack } from './support/stack.js';

const CHECK = '7 abuse';
const FUZZ_RUNS = Number(process.env.VERIFY_FUZZ_RUNS ?? 1000);
// Signing out here would end the session the fuzzer uses; it is covered by the session checks.
const NOT_FUZZED = new Set(['POST /api/auth/logout']);

interface Operation {
  method: string;
  path: string;
  params: string[];
  /** Position in the whole route table: the fuzz seed, so a narrowed run replays the same cases. */
  seed: number;
}

function operationsOf(openapi: { paths: Record<string, Record<string, unknown>> }): Operation[] {
  const operations: Operation[] = [];
  for (const [path, methods] of Object.entries(openapi.paths)) {
    for (const method of Object.keys(methods)) {
      if (!['get', 'post', 'put', 'patch', 'delete'].includes(method)) continue;
      operations.push({ method: method.toUpperCase(), path, params: [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]), seed: 9000 + operations.length });
    }
  }
  // VERIFY_FUZZ_ONLY=<regex> narrows the fuzzing to matching routes, to chase one finding.
  const only = process.env.VERIFY_FUZZ_ONLY ? new RegExp(process.env.VERIFY_FUZZ_ONLY) : null;
  return operations.filter((op) => !NOT_FUZZED.has(`${op.method} ${op.path}`) && (!only || only.test(`${op.method} ${op.path}`)));
}

/**
 * The status of a request whose body the server refuses before it has all arrived: over a raw
 * socket, because the server closes the connection mid-upload and an HTTP client would report
 * only the broken pipe, not the 413 that came back first.
 */
function statusOfOversized(url: string, method: string, headers: Record<string, string>, body: string): Promise<number> {
  const target = new URL(url);
  return new Promise((resolve) => {
    let received = '';
    const socket = connect(Number(target.port), target.hostname, () => {
      const head = [`${method} ${target.pathname} HTTP/1.1`, `host: ${target.host}`, `content-length: ${Buffer.byteLength(body)}`, 'connection: close', ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`)].join('\r\n');
      socket.write(`${head}\r\n\r\n`);
      // The server may answer from the headers alone (Content-Length over the limit); give it the chance.
      setTimeout(() => (received ? socket.end() : socket.end(body)), 1000);
    });
    socket.on('data', (chunk: Buffer) => (received += chunk.toString('latin1')));
    socket.on('error', () => {});
    socket.on('close', () => resolve(Number(/^HTTP\/1\.1 (\d{3})/.exec(received)?.[1] ?? 0)));
  });
}

// Generous for a loaded 2-core machine; a blocked event loop (a ReDoS once took 138 s) is far above.
const PROBE_LIMIT_MS = 3000;

/**
 * Calls /api/health once a second, each time on a fresh connection (the fuzzer's broken requests
 * make the server close kept-alive sockets), until stopped; reports answers, the slowest and why
 * any probe failed.
 */
function healthProbe(url: string): { stop(): Promise<{ sent: number; answered: number; slowestMs: number; failures: string[] }> } {
  let running = true;
  let sent = 0;
  let answered = 0;
  let slowestMs = 0;
  const failures: string[] = [];
  const loop = (async () => {
    while (running) {
      const started = performance.now();
      sent += 1;
      const outcome = await rawRequest(`${url}/api/health`, 'GET', {}).then(
        (reply) => (reply.status === 200 ? 'ok' : `${reply.status} ${reply.text.slice(0, 120)}`),
        (error: unknown) => (error instanceof Error ? error.message : String(error)),
      );
      const elapsed = performance.now() - started;
      if (outcome === 'ok') answered += 1;
      else failures.push(outcome);
      slowestMs = Math.max(slowestMs, elapsed);
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, 1000 - elapsed)));
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      return { sent, answered, slowestMs, failures };
    },
  };
}

/** A path segment as a client would send it; every 7th case keeps broken percent-escapes raw. */
function pathSegment(value: string, n: number): string {
  if (n % 7 === 3) return `${value.length % 2 ? '%E0%A4%A' : '%zz'}${Buffer.from(value).toString('hex').slice(0, 20)}`;
  try {
    return encodeURIComponent(value);
  } catch {
    // A lone surrogate: send its UTF-8 replacement bytes.
    return [...Buffer.from(value, 'utf8')].map((b) => `%${b.toString(16).padStart(2, '0')}`).join('');
  }
}

describe(CHECK, () => {
  let stack: Stack | undefined;
  afterAll(async () => stack?.close());

  it('keeps sessions, roles and centers where they belong under hostile input', async () => {
    const verdicts = new Verdicts(CHECK);
    stack = await startStack({ env: { LOG_LEVEL: process.env.VERIFY_API_LOG_LEVEL ?? 'error' } });
    const url = stack.api.url;
    const [admin, lead, staff, researcher, coder2] = await Promise.all(
      ['admin@polyphony.demo', 'lead@polyphony.demo', 'staff.ukm@polyphony.demo', 'researcher@polyphony.demo', 'coder2@polyphony.demo'].map((email) => signIn(url, email)),
    );

    // A session token used after sign-out, or after its user was disabled, opens nothing.
    const signedOut = await call(url, 'POST', '/api/auth/logout', researcher);
    const afterSignOut = await Promise.all([call(url, 'GET', '/api/auth/me', researcher), call(url, 'GET', '/api/codebook', researcher), call(url, 'POST', '/api/codebook/codes', researcher, { name: { en: 'after sign-out' } })]);
    verdicts.figure(`session reused after sign-out (logout ${signedOut.status}): ${afterSignOut.map((r) => r.status).join(', ')}`, signedOut.status === 204 && afterSignOut.every((r) => r.status === 401 || r.status === 403));
    const users = await call<{ items: Array<{ id: string; email: string }> }>(url, 'GET', '/api/users', admin);
    const coder2Id = users.body.items.find((u) => u.email === 'coder2@polyphony.demo')!.id;
    const before = await call(url, 'GET', '/api/codebook', coder2);
    const disabled = await call(url, 'PATCH', `/api/users/${coder2Id}`, admin, { disabled: true });
    const afterDisable = await Promise.all([call(url, 'GET', '/api/auth/me', coder2), call(url, 'GET', '/api/codebook', coder2), call(url, 'POST', '/api/codebook/codes', coder2, { name: { en: 'after disable' } })]);
    verdicts.figure(`session of a disabled user (before ${before.status}, disable ${disabled.status}): ${afterDisable.map((r) => r.status).join(', ')}`, before.status === 200 && disabled.status === 200 && afterDisable.every((r) => r.status === 401 || r.status === 403));

    // Mass assignment: fields a caller may not set are refused, or ignored where the server decides.
    const fixture = await surveyFixture(url, lead, 1);
    const codebook = await call<{ items: Array<{ id: string; revision: number }> }>(url, 'GET', '/api/codebook', lead);
    const code = codebook.body.items[0];
    const staffOwnId = (await call<{ user: { id: string } }>(url, 'GET', '/api/auth/me', staff)).body.user.id;
    const attempts: Array<[string, Promise<{ status: number; body: unknown }>, (status: number, body: unknown) => boolean]> = [
      ['site staff registers a participant at another center', call(url, 'POST', '/api/participants', staff, { center: 'RUMC', group: 'patient', language: 'de' }), (s) => s === 403 || s === 400],
      ['participant with role/id', call(url, 'POST', '/api/participants', staff, { center: 'UKM', group: 'patient', language: 'de', role: 'admin', id: fixture.participantIds[0] }), (s) => s === 400],
      ['sign-in with role', call(url, 'POST', '/api/auth/login', undefined, { email: 'staff.ukm@polyphony.demo', password: 'polyphony-demo', role: 'admin' }), (s) => s === 400],
      ['site staff promotes themself', call(url, 'PATCH', `/api/users/${staffOwnId}`, staff, { role: 'admin', center: null }), (s) => s === 403],
      ['response with center/id/revision fields', call(url, 'PUT', '/api/responses/6f1b1f4e-5a52-4d7c-9c41-000000000001', lead, { instrumentVersionId: fixture.instrumentVersionId, participantId: fixture.participantIds[0], data: {}, status: 'in_progress', revision: 0, centerCode: 'RUMC', id: 'x' }), (s) => s === 400],
      ['response answers smuggling __proto__', call(url, 'PUT', '/api/responses/6f1b1f4e-5a52-4d7c-9c41-000000000002', lead, JSON.parse(`{"instrumentVersionId":"${fixture.instrumentVersionId}","participantId":"${fixture.participantIds[0]}","status":"in_progress","revision":0,"data":{"__proto__":{"isAdmin":true},"constructor":{"prototype":{"role":"admin"}}}}`)), (s) => s === 400 || s === 422 || s === 200],
      ['code edit with id/key/revision override', call(url, 'PATCH', `/api/codebook/codes/${code.id}`, lead, { revision: code.revision, id: fixture.participantIds[0], createdBy: 'x' }), (s) => s === 400],
      ['site staff invites an admin', call(url, 'POST', '/api/users/invitations', staff, { email: 'new.admin@example.org', role: 'admin', center: null }), (s) => s === 403],
      ['lead invites with extra fields', call(url, 'POST', '/api/users/invitations', lead, { email: 'x@example.org', role: 'researcher', center: 'UKM', disabled: false, id: staffOwnId }), (s) => s === 400],
    ];
    const massOutcomes = await Promise.all(attempts.map(async ([name, reply, ok]) => {
      const { status, body } = await reply;
      return { name, status, ok: ok(status, body) };
    }));
    const me = (await call<{ user: { role: string; center: string | null } }>(url, 'GET', '/api/auth/me', staff)).body.user;
    const polluted = ({} as Record<string, unknown>).isAdmin !== undefined;
    verdicts.figure(
      `mass assignment: ${massOutcomes.filter((o) => o.ok).length}/${massOutcomes.length} refused or ignored (${massOutcomes.map((o) => `${o.name} → ${o.status}`).join('; ')}); site staff still ${me.role} at ${me.center}`,
      massOutcomes.every((o) => o.ok) && me.role === 'site_staff' && me.center === 'UKM' && !polluted,
    );

    // Oversized bodies: 413 before any work is done.
    const big = (bytes: number) => JSON.stringify({ data: { comments: 'x'.repeat(bytes) } });
    const oversized = await Promise.resolve().then(async () => {
      const targets: Array<[string, string, number]> = [
        ['PUT', '/api/responses/6f1b1f4e-5a52-4d7c-9c41-000000000003', 2_000_000],
        ['POST', '/api/participants', 2_000_000],
        ['POST', '/api/auth/login', 2_000_000],
        ['POST', '/api/codebook/import', 2_000_000],
        ['POST', '/api/transcripts', 9_000_000],
      ];
      return Promise.all(
        targets.map(async ([method, path, bytes]) => {
          const status = await statusOfOversized(`${url}${path}`, method, { ...lead, 'content-type': 'application/json' }, big(bytes));
          return { route: `${method} ${path}`, status };
        }),
      );
    });
    verdicts.figure(`oversized bodies: ${oversized.map((o) => `${o.route} → ${o.status}`).join('; ')}`, oversized.every((o) => o.status === 413));

    // Fuzzing every route of the app's route table (its OpenAPI document).
    const tablet = await call<{ token: string }>(url, 'POST', '/api/tablet-sessions', staff, { participantId: fixture.participantIds[0], instrumentId: fixture.instrumentId });
    const openapi = await call<{ paths: Record<string, Record<string, unknown>> }>(url, 'GET', '/api/openapi.json');
    const operations = operationsOf(openapi.body);
    const callers: Array<Session | Record<string, string>> = [lead, admin, staff, { 'x-survey-token': tablet.body.token ?? '' }, {}];
    let sent = 0;
    const serverErrors: string[] = [];
    const statusCounts: Record<string, number> = {};
    const started = performance.now();
    const timings: Array<[string, number]> = [];
    // Hostile input must not stall the API for everyone else: a health probe every second meanwhile.
    const probe = healthProbe(url);
    for (const operation of operations) {
      const operationStarted = performance.now();
      const cases = fuzzCases(operation.params.length, operation.method !== 'GET' && operation.method !== 'DELETE', FUZZ_RUNS, operation.seed);
      await inPool(cases, 12, async (fuzz, n) => {
        let path = operation.path;
        operation.params.forEach((param, i) => (path = path.replace(`{${param}}`, pathSegment(fuzz.pathValues[i] ?? '', n))));
        const target = `${url}${path}${fuzz.query ? `?${fuzz.query}` : ''}`;
        const headers: Record<string, string> = { ...callers[n % callers.length], ...(fuzz.body === undefined ? {} : { 'content-type': fuzz.contentType }) };
        sent += 1;
        let status: number;
        try {
          const response = await fetch(target, { method: operation.method, headers, body: fuzz.body });
          await response.arrayBuffer();
          status = response.status;
        } catch {
          // A keep-alive socket the server had just closed (after a 414/431) fails on the client's
          // side; the same request again on a fresh connection says what the server does with it.
          try {
            status = (await rawRequest(target, operation.method, headers, fuzz.body)).status;
          } catch (error) {
            serverErrors.push(`${operation.method} ${operation.path} → connection error ${(error as Error).message}`);
            return;
          }
        }
        statusCounts[status] = (statusCounts[status] ?? 0) + 1;
        if (status >= 500) serverErrors.push(`${operation.method} ${operation.path} → ${status} (${target.slice(url.length, url.length + 120)} body ${String(fuzz.body).slice(0, 160)})`);
      });
      timings.push([`${operation.method} ${operation.path}`, (performance.now() - operationStarted) / 1000]);
    }
    const seconds = (performance.now() - started) / 1000;
    const probed = await probe.stop();
    verdicts.figure(
      `API responsive while fuzzing: /api/health answered ${probed.answered}/${probed.sent} probes, slowest ${probed.slowestMs.toFixed(0)} ms (limit ${PROBE_LIMIT_MS} ms)`,
      probed.answered === probed.sent && probed.slowestMs <= PROBE_LIMIT_MS,
    );
    for (const failure of probed.failures.slice(0, 5)) verdicts.note(`health probe failed: ${failure}`);
    verdicts.note(`slowest fuzzed routes: ${timings.sort((a, b) => b[1] - a[1]).slice(0, 5).map(([route, s]) => `${route} ${s.toFixed(1)} s`).join(', ')}`);
    for (const line of serverErrors.slice(0, 10)) verdicts.note(`5xx: ${line}`);
    verdicts.figure(`fuzzing: ${operations.length} routes × ${FUZZ_RUNS} cases = ${sent} requests in ${seconds.toFixed(0)} s, 5xx or dropped: ${serverErrors.length} (statuses ${JSON.stringify(statusCounts)})`, serverErrors.length === 0 && sent >= operations.length * FUZZ_RUNS);
    if (!stack.api.running()) verdicts.figure(`the API process died while fuzzing; its last words: ${stack.api.output().slice(-2500)}`, false);
    const stillUp = await call(url, 'GET', '/api/health').catch(() => ({ status: 0 }));
    verdicts.figure(`API healthy after fuzzing: ${stillUp.status}`, stillUp.status === 200);

    // Last, because it locks this address out: 100 failed sign-ins within a minute.
    const failures: Record<string, number> = {};
    const lockStarted = performance.now();
    for (let i = 0; i < 100; i += 1) {
      const reply = await call(url, 'POST', '/api/auth/login', undefined, { email: 'lead@polyphony.demo', password: `wrong-password-${i}` });
      failures[reply.status] = (failures[reply.status] ?? 0) + 1;
    }
    const lockSeconds = (performance.now() - lockStarted) / 1000;
    const rightPassword = await call(url, 'POST', '/api/auth/login', undefined, { email: 'lead@polyphony.demo', password: 'polyphony-demo' });
    const otherAccount = await call(url, 'POST', '/api/auth/login', undefined, { email: 'staff.rumc@polyphony.demo', password: 'polyphony-demo' });
    verdicts.figure(
      `100 failed sign-ins in ${lockSeconds.toFixed(1)} s: ${JSON.stringify(failures)}; then the right password → ${rightPassword.status} (Retry-After ${rightPassword.headers.get('retry-after')} s), another account from the same address → ${otherAccount.status}`,
      lockSeconds <= 60 && (failures['429'] ?? 0) >= 90 && rightPassword.status === 429 && otherAccount.status === 429 && !rightPassword.headers.getSetCookie().some((c) => c.startsWith('polyphony_session=')),
    );
    verdicts.assertAll();
  });
});
