import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, it } from 'vitest';
import { ApiProcess, sleep } from './support/api-process.js';
import { call, signIn, statusSummary, surveyFixture } from './support/client.js';
import { inPool } from './support/pool.js';
import { Verdicts } from './support/results.js';
import { startStack, type Stack } from './support/stack.js';
import { accountOnServer, describeAccounting, makeSubmissions, runWriters } from './support/writers.js';

const CHECK = '2 API crash';
const SUBMISSIONS = 600;
const KILLS = 2;

/** Kills the API with SIGKILL `kills` times while `work` runs, restarting it after each. */
async function crashWhile(api: ApiProcess, kills: number, work: Promise<unknown>): Promise<number> {
  let done = false;
  void work.finally(() => (done = true));
  let killed = 0;
  for (let i = 0; i < kills && !done; i += 1) {
    await sleep(2_500);
    if (done) break;
    await api.kill9();
    killed += 1;
    await sleep(300);
    await api.launch();
  }
  await work;
  return killed;
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
    const writers = runWriters(() => api.url, lead, submissions, 20);
    const killed = await crashWhile(api, KILLS, writers);
    const run = await writers;
    const accounting = await accountOnServer(stack.db.url, run);
    verdicts.figure(
      `PostgreSQL: ${killed}× kill -9 under load, ${SUBMISSIONS} submissions in ${run.seconds.toFixed(1)} s (${run.tally.retries} retries; ${statusSummary(run.tally)}): ${describeAccounting(accounting)}`,
      killed > 0 && accounting.lost === 0 && accounting.duplicates === 0 && accounting.unacknowledged === 0 && run.tally.refused.length === 0,
    );

    // The embedded default: PGlite in DATA_DIR, the API killed the same way.
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'polyphony-verify-pglite-'));
    embedded = await ApiProcess.start({ dataDir, env: { LOG_LEVEL: 'warn' } });
    const embeddedLead = await signIn(embedded.url, 'lead@polyphony.demo');
    const embeddedFixture = await surveyFixture(embedded.url, embeddedLead, 5);
    const embeddedSubmissions = makeSubmissions(300, embeddedFixture.participantIds, embeddedFixture.instrumentVersionId, 'pglite-crash');
    const embeddedWriters = runWriters(() => embedded!.url, embeddedLead, embeddedSubmissions, 10);
    const embeddedKilled = await crashWhile(embedded, KILLS, embeddedWriters);
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
      `embedded PGlite: ${embeddedKilled}× kill -9 under load, 300 submissions in ${embeddedRun.seconds.toFixed(1)} s (${embeddedRun.tally.retries} retries; ${statusSummary(embeddedRun.tally)}): acknowledged ${embeddedRun.tally.acknowledged.size}, acknowledged-then-lost ${lost}, duplicates ${duplicates}, never acknowledged ${300 - embeddedRun.tally.acknowledged.size}`,
      embeddedKilled > 0 && lost === 0 && duplicates === 0 && embeddedRun.tally.acknowledged.size === 300,
    );
    verdicts.figure(`embedded mode states its durability promise at start: ${promise ? 'yes' : 'no'}`, promise);
    verdicts.assertAll();
  });
});
