import { afterAll, describe, it } from 'vitest';
import { ApiProcess, sleep } from './support/api-process.js';
import { newTally, signIn, statusSummary, surveyFixture } from './support/client.js';
import { createDatabase, ThrowawayCluster } from './support/postgres.js';
import { Verdicts } from './support/results.js';
import { accountOnServer, describeAccounting, makeSubmissions, runWriters, type Accounting } from './support/writers.js';

const CHECK = '1 database crash';
const SUBMISSIONS = 600;

/**
 * A cluster of our own under the built API; writers submit, the server is stopped with
 * `pg_ctl stop -m immediate` mid-load and started again, and the clients keep retrying.
 */
async function crashRun(settings: Record<string, string>, label: string, clusters: ThrowawayCluster[], apis: ApiProcess[]): Promise<{ accounting: Accounting; summary: string }> {
  const cluster = await ThrowawayCluster.create(settings);
  clusters.push(cluster);
  cluster.start();
  const db = await createDatabase(cluster.url);
  const api = await ApiProcess.start({ databaseUrl: db.url, env: { LOG_LEVEL: 'warn' } });
  apis.push(api);
  const lead = await signIn(api.url, 'lead@polyphony.demo');
  const fixture = await surveyFixture(api.url, lead, 10);
  // Let the fixture reach the disk, so the control run loses answers, not the participants they belong to.
  await sleep(settings.synchronous_commit === 'off' ? 11_000 : 0);
  const submissions = makeSubmissions(SUBMISSIONS, fixture.participantIds, fixture.instrumentVersionId, label);
  const tally = newTally();
  const writers = runWriters(() => api.url, lead, submissions, 20, tally);
  // Mid-load: at 25%, 50% and 75% acknowledged, every server process is killed at once.
  const acknowledgedAtCrash: number[] = [];
  for (const share of [0.25, 0.5, 0.75]) {
    while (tally.acknowledged.size < SUBMISSIONS * share) await sleep(50);
    acknowledgedAtCrash.push(tally.acknowledged.size);
    cluster.stopImmediate();
    await sleep(2_000);
    cluster.start();
  }
  const run = await writers;
  const accounting = await accountOnServer(db.url, run);
  return { accounting, summary: `${acknowledgedAtCrash.length} crashes (at ${acknowledgedAtCrash.join(', ')} acknowledged), ${SUBMISSIONS} submissions in ${run.seconds.toFixed(1)} s (${run.tally.retries} retries; ${statusSummary(run.tally)}): ${describeAccounting(accounting)}` };
}

describe(CHECK, () => {
  const clusters: ThrowawayCluster[] = [];
  const apis: ApiProcess[] = [];
  afterAll(async () => {
    for (const api of apis) await api.stop();
    for (const cluster of clusters) cluster.destroy();
  });

  it('loses no acknowledged response through pg_ctl stop -m immediate, and the control run shows it could', async () => {
    const verdicts = new Verdicts(CHECK);
    const durable = await crashRun({}, 'db-crash', clusters, apis);
    verdicts.figure(`default settings (synchronous_commit=on): ${durable.summary}`, durable.accounting.lost === 0 && durable.accounting.duplicates === 0 && durable.accounting.unacknowledged === 0);
    const control = await crashRun({ synchronous_commit: 'off', wal_writer_delay: '10000ms', wal_writer_flush_after: '1GB', checkpoint_timeout: '1h' }, 'db-crash-control', clusters, apis);
    verdicts.figure(`control (synchronous_commit=off, wal_writer_delay=10s): ${control.summary} — the check can fail`, control.accounting.lost > 0);
    verdicts.assertAll();
  });
});
