import { afterAll, describe, it } from 'vitest';
import { signIn, statusSummary, surveyFixture } from './support/client.js';
import { Verdicts } from './support/results.js';
import { startStack, type Stack } from './support/stack.js';
import { startCuttingProxy, type CuttingProxy } from './support/tcp-proxy.js';
import { accountOnServer, describeAccounting, makeSubmissions, runWriters } from './support/writers.js';

const CHECK = '3 network faults';
const PER_RATE = 300;

describe(CHECK, () => {
  let stack: Stack | undefined;
  let proxy: CuttingProxy | undefined;
  afterAll(async () => {
    await proxy?.close();
    await stack?.close();
  });

  it('loses and duplicates nothing when connections are cut between request and response', async () => {
    const verdicts = new Verdicts(CHECK);
    stack = await startStack();
    const lead = await signIn(stack.api.url, 'lead@polyphony.demo');
    const fixture = await surveyFixture(stack.api.url, lead, 10);
    proxy = await startCuttingProxy(stack.api.port, 0);
    const viaProxy = `http://127.0.0.1:${proxy.port}`;
    for (const rate of [0.1, 0.3, 0.5]) {
      proxy.setCutRate(rate);
      const before = { ...proxy.stats };
      const run = await runWriters(() => viaProxy, lead, makeSubmissions(PER_RATE, fixture.participantIds, fixture.instrumentVersionId, `network-${rate}`), 20);
      const cut = proxy.stats.cut - before.cut;
      const connections = proxy.stats.connections - before.connections;
      const accounting = await accountOnServer(stack.db.url, run);
      verdicts.figure(
        `${Math.round(rate * 100)}% cut: ${cut}/${connections} connections cut after the request, ${PER_RATE} submissions in ${run.seconds.toFixed(1)} s (${run.tally.retries} retries; ${statusSummary(run.tally)}): ${describeAccounting(accounting)}`,
        cut > 0 && accounting.lost === 0 && accounting.duplicates === 0 && accounting.unacknowledged === 0 && accounting.stored === PER_RATE && run.tally.refused.length === 0,
      );
    }
    verdicts.assertAll();
  });
});
