import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, it } from 'vitest';
import { ApiProcess, sleep } from './support/api-process.js';
import { call, newTally, signIn, statusSummary, surveyFixture, type SubmitTally } from './support/client.js';
import { inPool } from './support/pool.js';
import { Verdicts } from './support/results.js';
import { startStack, type Stack } from './support/stack.js';
import { accountOnServer, describeAccounting, makeSubmissions, runWriters } from './support/writers.js';

const CHECK = '2 API crash';
const SUBMISSIONS = 600;
const KILLS = 2;

/**
 * Kills the API with SIGKILL `kills` times while the writers run — at evenly spaced shares of the
 * submissions acknowledged (a third and two thirds for two kills), so the kills land mid-load
 * however fast the API is — restarting it after each. Returns the acknowledged count at each kill.
 */
async function crashWhile(api: ApiProcess, kills: number, tally: SubmitTally, total: number, work: Promise<unknown>): Promise<number[]> {
  let done = false;
  void work.finally(() => (done = true));
  const acknowledgedAtKill: number[] = [];
  for (let i = 1; i <= kills && !done; i += 1) {
    while (!done && tally.acknowledged.size < (total * i) / (kills + 1)) await sleep(20);
    if (done) break;
    await api.kill9();
    acknowledgedAtKill.push(tally.acknowledged.size);
    await sleep(300);
    await api.launch();
  }
  await work;
  return acknowledgedAtKill;
}

describe(CHECK, () => {
  let stack: Stack | undefined;
  let embedded: ApiProcess | undefined;
  let dataDir: string | undefined;
  afterAll(async () => {
    await stack?.close();
    await embedded?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('keeps every acknowledged response through kill -9 of the API, on PostgreSQL and on embedded PGlite', async () => {
    const verdicts = new Verdicts(CHECK);
    stack = await startStack();
    const api = stack.api;
    const lead = await signIn(api.url, 'lead@polyphony.demo');
    const fixture = await surveyFixture(api.url, lead, 10);
    const submissions = makeSubmissions(SUBMISSIONS, fixture.participantIds, fixture.instrumentVersionId, 'api-crash');
    const tally = newTally();
    const writers = runWriters(() => api.url, lead, submissions, 20, tally);
    const killedAt = await crashWhile(api, KILLS, tally, SUBMISSIONS, writers);
    const run = await writers;
    const accounting = await accountOnServer(stack.db.url, run);
    verdicts.figure(
      `PostgreSQL: ${killedAt.length}× kill -9 under load (at ${killedAt.join(', ')} acknowledged), ${SUBMISSIONS} submissions in ${run.seconds.toFixed(1)} s (${run.tally.retries} retries; ${statusSummary(run.tally)}): ${describeAccounting(accounting)}`,
      killedAt.length === KILLS && accounting.lost === 0 && accounting.duplicates === 0 && accounting.unacknowledged === 0 && run.tally.refused.length === 0,
    );

    // The embedded default: PGlite in DATA_DIR, the API killed the same way.
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'polyphony-verify-pglite-'));
    embedded = await ApiProcess.start({ dataDir, env: { LOG_LEVEL: 'warn' } });
    const embeddedLead = await signIn(embedded.url, 'lead@polyphony.demo');
    const embeddedFixture = await surveyFixture(embedded.url, embeddedLead, 5);
    const embeddedSubmissions = makeSubmissions(300, embeddedFixture.participantIds, embeddedFixture.instrumentVersionId, 'pglite-crash');
    const embeddedTally = newTally();
    const embeddedWriters = runWriters(() => embedded!.url, embeddedLead, embeddedSubmissions, 10, embeddedTally);
    const embeddedKilledAt = await crashWhile(embedded, KILLS, embeddedTally, 300, embeddedWriters);
    const embeddedRun = await embeddedWriters;
    // Reading back through the restarted API (PGlite has one owner: the API process).
    let present = 0;
    await inPool([...embeddedRun.tally.acknowledged], 10, async (id) => {
      const reply = await call(embedded!.url, 'GET', `/api/responses/${id}`, embeddedLead);
      if (reply.status === 200) present += 1;
    });
    const markers = new Map<string, number>();
    for (const participantId of embeddedFixture.participantIds) {
      const list = await call<{ items: Array<{ data: { comments?: string } }> }>(embedded.url, 'GET', `/api/responses?participantId=${participantId}`, embeddedLead);
      for (const item of list.body.items) markers.set(String(item.data.comments), (markers.get(String(item.data.comments)) ?? 0) + 1);
    }
    const duplicates = [...markers.values()].reduce((sum, n) => sum + Math.max(0, n - 1), 0);
    const lost = embeddedRun.tally.acknowledged.size - present;
    const promise = /embedded PGlite[^\n]*\n[^\n]*(kill|crash)/i.test(embedded.output());
    verdicts.figure(
      `embedded PGlite: ${embeddedKilledAt.length}× kill -9 under load (at ${embeddedKilledAt.join(', ')} acknowledged), 300 submissions in ${embeddedRun.seconds.toFixed(1)} s (${embeddedRun.tally.retries} retries; ${statusSummary(embeddedRun.tally)}): acknowledged ${embeddedRun.tally.acknowledged.size}, acknowledged-then-lost ${lost}, duplicates ${duplicates}, never acknowledged ${300 - embeddedRun.tally.acknowledged.size}`,
      embeddedKilledAt.length === KILLS && lost === 0 && duplicates === 0 && embeddedRun.tally.acknowledged.size === 300,
    );
    verdicts.figure(`embedded mode states its durability promise at start: ${promise ? 'yes' : 'no'}`, promise);
    verdicts.assertAll();
  });
});
