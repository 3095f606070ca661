import { afterAll, beforeAll, expect, test } from 'vitest';
import { reportBench } from '../../scripts/bench/report.js';
import { chromiumAvailable } from '../../e2e/support/chromium.js';
import { startBenchFixture, type BenchFixture } from './support/bench-fixture.js';
import { loadUntilFirstQuestion, median } from './support/page-load.js';

const RUNS = 9;
const CPU_SLOWDOWN = 4;

let fixture: BenchFixture | undefined;
beforeAll(async () => {
  if (chromiumAvailable()) fixture = await startBenchFixture();
});
afterAll(async () => {
  await fixture?.close();
});

/**
 * Time from navigation to the first visible question with the CPU slowed four times, cold caches.
 * Both sides open the same survey link whose language and consent are already done (a resumed
 * session), so both go straight to the first open question: the participant app with its checks
 * (storage, token, kiosk guard, translations), the baseline with one fetch. Median of nine runs
 * each, alternating. Target: at most 1.3 times the baseline.
 */
test.runIf(chromiumAvailable())('web.first-question: participant app versus React + SurveyJS alone, 4x CPU slowdown', async () => {
  if (!fixture) throw new Error('fixture not started');
  // One unmeasured load each, so the server and Chromium are warm for both.
  await loadUntilFirstQuestion(fixture.browser, fixture.participantUrl, 1);
  await loadUntilFirstQuestion(fixture.browser, fixture.minimalUrl, 1);
  const participant: number[] = [];
  const baseline: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const order = run % 2 === 0 ? (['participant', 'baseline'] as const) : (['baseline', 'participant'] as const);
    for (const side of order) {
      const load = await loadUntilFirstQuestion(fixture.browser, side === 'participant' ? fixture.participantUrl : fixture.minimalUrl, CPU_SLOWDOWN);
      (side === 'participant' ? participant : baseline).push(load.firstQuestionMs);
    }
  }
  console.log(`participant app ms: ${participant.map(Math.round).join(' ')}\nbaseline ms: ${baseline.map(Math.round).join(' ')}`);
  const line = reportBench({
    name: 'web.first-question',
    value: median(participant),
    unit: 'ms',
    baseline: { name: 'react+survey-core+survey-react-ui', value: median(baseline) },
  });
  expect(Number.isFinite(median(participant)), line).toBe(true);
});
