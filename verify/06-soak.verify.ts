import { randomUUID } from 'node:crypto';
import { afterAll, describe, it } from 'vitest';
import { sleep } from './support/api-process.js';
import { call, completedSubmission, rawRequest, signIn, surveyFixture, type Session } from './support/client.js';
import { runExportJob } from './support/export-jobs.js';
import { busyConnections } from './support/postgres.js';
import { Verdicts } from './support/results.js';
import { startStack, type Stack } from './support/stack.js';

const CHECK = '6 soak';
const RATE = Number(process.env.VERIFY_SOAK_RATE ?? 50);
const SECONDS = Number(process.env.VERIFY_SOAK_SECONDS ?? 60);

/** Asks the API for its memory use (SIGUSR2, see api/src/common/process/memory-report.ts) and reads the line it prints. */
async function heapUsed(stack: Stack): Promise<{ heapUsed: number; rss: number }> {
  const before = stack.api.output().length;
  stack.api.signal('SIGUSR2');
  for (let i = 0; i < 100; i += 1) {
    await sleep(100);
    const line = stack.api.output().slice(before).split('\n').find((l) => l.includes('"msg":"memory"'));
    if (line) return JSON.parse(line) as { heapUsed: number; rss: number };
  }
  throw new Error('the API did not report its memory use');
}

/** Submissions at a fixed rate (open loop: a slow reply does not slow the senders down). */
async function submitAtRate(url: string, session: Session, participantIds: string[], instrumentVersionId: string, rate: number, seconds: number, label: string) {
  const statuses = new Map<number | string, number>();
  const latencies: number[] = [];
  const inFlight: Array<Promise<void>> = [];
  const started = performance.now();
  for (let n = 0; n < rate * seconds; n += 1) {
    const due = started + (n * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 0) await sleep(wait);
    const submission = completedSubmission(randomUUID(), participantIds[n % participantIds.length], instrumentVersionId, `${label} ${n}`, n);
    inFlight.push(
      (async () => {
        const sent = performance.now();
        try {
          const reply = await rawRequest(`${url}/api/responses/${submission.id}`, 'PUT', { ...session, 'content-type': 'application/json' }, submission.body, 60_000);
          statuses.set(reply.status, (statuses.get(reply.status) ?? 0) + 1);
        } catch (error) {
          statuses.set((error as Error).message, (statuses.get((error as Error).message) ?? 0) + 1);
        }
        latencies.push(performance.now() - sent);
      })(),
    );
  }
  await Promise.all(inFlight);
  latencies.sort((a, b) => a - b);
  const total = rate * seconds;
  const ok = [...statuses.entries()].filter(([s]) => typeof s === 'number' && s >= 200 && s < 300).reduce((sum, [, c]) => sum + c, 0);
  return { total, ok, statuses, p50: latencies[Math.floor(latencies.length / 2)] ?? 0, p99: latencies[Math.floor(latencies.length * 0.99)] ?? 0, seconds: (performance.now() - started) / 1000 };
}

describe(CHECK, () => {
  let stack: Stack | undefined;
  afterAll(async () => stack?.close());

  it(`takes ${RATE} submissions/s for ${SECONDS} s with exports running: all 2xx, heap steady, connections idle after`, async () => {
    const verdicts = new Verdicts(CHECK);
    stack = await startStack({ nodeArgs: ['--expose-gc'] });
    const url = stack.api.url;
    const [lead, researcher] = await Promise.all([signIn(url, 'lead@polyphony.demo'), signIn(url, 'researcher@polyphony.demo')]);
    const fixture = await surveyFixture(url, lead, 20);

    // Warm-up, so the baseline holds the caches a running server has (compiled survey models, JIT).
    const warm = await submitAtRate(url, lead, fixture.participantIds, fixture.instrumentVersionId, RATE, 10, 'warm-up');
    const baseline = await heapUsed(stack);

    // The exports there are, in a loop beside the load.
    const openapi = await call<{ paths: Record<string, unknown> }>(url, 'GET', '/api/openapi.json');
    const exportCalls: Array<[string, () => Promise<{ status: number }>]> = [
      ['codebook .qdc', () => call(url, 'GET', '/api/codebook/export.qdc', researcher)],
      ['instrument export', () => call(url, 'GET', `/api/instrument-versions/${fixture.instrumentVersionId}/export`, lead)],
      ['translations', () => call(url, 'GET', `/api/instrument-versions/${fixture.instrumentVersionId}/translations`, lead)],
      ['data dictionary', () => call(url, 'GET', `/api/instrument-versions/${fixture.instrumentVersionId}/dictionary`, lead)],
    ];
    if (openapi.body.paths['/api/exports']) {
      exportCalls.push(['workbook export job', async () => {
        const result = await runExportJob(url, lead, 'workbook');
        return { status: 'error' in result ? 500 : 200 };
      }]);
    }
    const exportStatuses = new Map<string, number>();
    let exporting = true;
    const exportsLoop = (async () => {
      for (let i = 0; exporting; i += 1) {
        const [name, run] = exportCalls[i % exportCalls.length];
        const status = await run().then(
          (reply) => String(reply.status),
          (error: unknown) => (error as Error).message,
        );
        const key = `${name} ${status}`;
        exportStatuses.set(key, (exportStatuses.get(key) ?? 0) + 1);
      }
    })();
    const soak = await submitAtRate(url, lead, fixture.participantIds, fixture.instrumentVersionId, RATE, SECONDS, 'soak');
    exporting = false;
    await exportsLoop;
    await sleep(3_000);
    const after = await heapUsed(stack);
    const growth = (after.heapUsed - baseline.heapUsed) / baseline.heapUsed;
    const connections = await busyConnections(stack.db.url);

    verdicts.note(`warm-up: ${warm.ok}/${warm.total} 2xx at ${RATE}/s`);
    if (!stack.api.running()) verdicts.figure(`the API process died during the soak: ${stack.api.output().slice(-1500)}`, false);
    verdicts.figure(
      `${soak.ok}/${soak.total} submissions 2xx at ${RATE}/s for ${SECONDS} s (finished in ${soak.seconds.toFixed(1)} s, p50 ${soak.p50.toFixed(0)} ms, p99 ${soak.p99.toFixed(0)} ms; ${JSON.stringify(Object.fromEntries(soak.statuses))}); exports meanwhile ${JSON.stringify(Object.fromEntries(exportStatuses))}`,
      soak.ok === soak.total && [...exportStatuses.keys()].every((k) => /\s2\d\d$/.test(k)),
    );
    verdicts.figure(`heap after full GC: ${(baseline.heapUsed / 2 ** 20).toFixed(1)} MB after warm-up → ${(after.heapUsed / 2 ** 20).toFixed(1)} MB after the soak (${(growth * 100).toFixed(1)}%; RSS ${(after.rss / 2 ** 20).toFixed(0)} MB)`, growth < 0.1);
    verdicts.figure(`database connections 3 s after the load: ${connections.busy} busy of ${connections.total} open`, connections.busy === 0);
    verdicts.assertAll();
  });
});
