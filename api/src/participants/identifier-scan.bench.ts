import { test } from 'vitest';
import { reportBench } from '../../../scripts/bench/report.js';
import { scrubFreeText } from '../exports/scrub-free-text.js';
import { findIdentifiers } from '../transcripts/pseudonymization/find-identifiers.js';
import { findIdentifier } from './identifier-detector.js';

/**
 * Identifier scanners run on text from outside (free text in forms, transcripts, answers). Each
 * must stay linear in the length of the text on hostile input — long runs of letters, digits,
 * dots or would-be addresses — or one request blocks the API (an unanchored e-mail pattern took
 * 138 s on 300 KB of letters). Figure: time on 4× the text against time on 1× text; linear ≈ 4,
 * quadratic ≈ 16.
 */
const SIZE = 25_000;
const RUNS = ['x', '1', 'a.', 'a@', 'a@b.', '1-', '+1', 'Ab-', 'ı', 'my name is ', 'UK Klinik '];
const scanners: Record<string, (text: string) => unknown> = {
  'participant free text': findIdentifier,
  'transcript pseudonymization': (text) => findIdentifiers(text, { names: ['Anna Bakker'], language: 'en' }),
  'export scrubber': (text) => scrubFreeText(text, { names: ['Anna Bakker'] }),
};

function timeAll(scan: (text: string) => unknown, size: number): number {
  const started = performance.now();
  for (const run of RUNS) scan(run.repeat(Math.ceil(size / run.length)));
  return performance.now() - started;
}

test.each(Object.entries(scanners))('identifiers.scan: %s on hostile text, 4× longer', (name, scan) => {
  timeAll(scan, 1_000); // warm-up
  const single = timeAll(scan, SIZE);
  const quadruple = timeAll(scan, SIZE * 4);
  reportBench({ name: `identifiers.scan.${name.replaceAll(' ', '-')}.4x`, value: quadruple, unit: 'ms', baseline: { name: '1x', value: Math.max(single, 0.001) } });
});
