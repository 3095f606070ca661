import { afterAll, beforeAll, expect, test } from 'vitest';
import { reportBench } from '../../scripts/bench/report.js';
import { chromiumAvailable } from '../../e2e/support/chromium.js';
import { startBenchFixture, type BenchFixture } from './support/bench-fixture.js';
import { gzipTotal, loadUntilFirstQuestion } from './support/page-load.js';

let fixture: BenchFixture | undefined;
beforeAll(async () => {
  if (chromiumAvailable()) fixture = await startBenchFixture();
});
afterAll(async () => {
  await fixture?.close();
});

/**
 * What a participant's device downloads: gzip bytes of every .js and .css response of a real
 * Chromium load of a survey link up to the first visible question (the language and consent are
 * already done, Dutch, so SurveyJS's Dutch strings load on both sides), against a page that renders
 * the same instrument with React + survey-core + survey-react-ui only, built with the same Vite
 * settings in this run. Target: at most 1.15 times the baseline.
 */
test.runIf(chromiumAvailable())('web.participant-weight: participant app versus React + SurveyJS alone', async () => {
  if (!fixture) throw new Error('fixture not started');
  const participant = await loadUntilFirstQuestion(fixture.browser, fixture.participantUrl, 1);
  const baseline = await loadUntilFirstQuestion(fixture.browser, fixture.minimalUrl, 1);
  const files = (load: typeof participant) => load.files.map((file) => `${new URL(file.url).pathname} ${file.gzip}`).join('\n  ');
  console.log(`participant app:\n  ${files(participant)}\nbaseline:\n  ${files(baseline)}`);
  // The participant app never pulls in staff screens or libraries.
  expect(participant.files.some((file) => /framework-staff|tablet-start|participants-page|instruments/.test(file.url))).toBe(false);
  const line = reportBench({
    name: 'web.participant-weight',
    value: gzipTotal(participant),
    unit: 'bytes-gzip',
    baseline: { name: 'react+survey-core+survey-react-ui', value: gzipTotal(baseline) },
  });
  expect(gzipTotal(participant) / gzipTotal(baseline), line).toBeLessThanOrEqual(1.15);
});
