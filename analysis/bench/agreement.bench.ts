import { performance } from 'node:perf_hooks';
import { expect, test } from 'vitest';
import { reportBench } from '../../scripts/bench/report.js';
import {
  characterAgreement,
  createRandom,
  krippendorffAlpha,
  randomInteger,
  type AgreementCoding,
  type AgreementTranscript,
  type CodedTextInput,
  type RandomSource,
} from '../src/index.js';

// Both figures should grow linearly: 10× the data in about 10× the time (target ratio ≤ 11).
// A quadratic step would show as a ratio near 100, so the assertions only catch that.
const CATEGORIES = ['a', 'b', 'c', 'd', 'e'];
const CODERS = ['coder-1', 'coder-2', 'coder-3'];
const CODES = Array.from({ length: 50 }, (_, i) => `code-${i + 1}`);
const CHARACTERS_PER_TRANSCRIPT = 48_000; // ≈ 8,000 words of ~6 code points with the space
const CODINGS_PER_CODER = 100; // per transcript

test('Krippendorff alpha and character agreement scale linearly', () => {
  const alphaSmall = reliabilityData(100_000, createRandom(1));
  const alphaLarge = reliabilityData(1_000_000, createRandom(2));
  krippendorffAlpha(alphaSmall, 'nominal'); // warm-up
  const alphaSmallMs = medianMs(() => krippendorffAlpha(alphaSmall, 'nominal'));
  const alphaLargeMs = medianMs(() => krippendorffAlpha(alphaLarge, 'nominal'));
  expect(krippendorffAlpha(alphaLarge, 'nominal')).toBeGreaterThan(0.4);
  reportBench({
    name: 'analysis.agreement.alpha-10x',
    value: alphaLargeMs,
    unit: 'ms',
    baseline: { name: 'analysis.agreement.alpha-1x', value: alphaSmallMs },
  });

  const corpusSmall = codedCorpus(50, createRandom(3));
  const corpusLarge = codedCorpus(500, createRandom(4));
  characterAgreement(corpusSmall); // warm-up
  const charactersSmallMs = medianMs(() => characterAgreement(corpusSmall));
  const charactersLargeMs = medianMs(() => characterAgreement(corpusLarge));
  reportBench({
    name: 'analysis.agreement.characters-10x',
    value: charactersLargeMs,
    unit: 'ms',
    baseline: { name: 'analysis.agreement.characters-1x', value: charactersSmallMs },
  });

  expect(alphaLargeMs / alphaSmallMs).toBeLessThan(25);
  expect(charactersLargeMs / charactersSmallMs).toBeLessThan(25);
});

/**
 * Milliseconds per call: repeats `run` until one sample lasts at least 200 ms (so a 5 ms run is
 * not at the mercy of timer resolution or one GC pause), then takes the median of five samples.
 */
function medianMs(run: () => unknown): number {
  let repeats = 1;
  while (timeRepeats(run, repeats) < 200 && repeats < 1024) repeats *= 2;
  const samples = [0, 1, 2, 3, 4].map(() => timeRepeats(run, repeats) / repeats);
  return samples.sort((x, y) => x - y)[2];
}

function timeRepeats(run: () => unknown, repeats: number): number {
  const start = performance.now();
  for (let i = 0; i < repeats; i++) run();
  return performance.now() - start;
}

/** 3 coders × `units`: each coder copies the unit's "true" category 70 % of the time, 2 % missing. */
function reliabilityData(units: number, random: RandomSource): Array<Array<string | null>> {
  const truth = Array.from({ length: units }, () => CATEGORIES[randomInteger(random, CATEGORIES.length)]);
  return CODERS.map(() =>
    truth.map((value) => {
      const draw = random();
      if (draw < 0.02) return null;
      return draw < 0.72 ? value : CATEGORIES[randomInteger(random, CATEGORIES.length)];
    }),
  );
}

/**
 * `count` transcripts of ≈ 8,000 words with speaker turns; per transcript 100 "true" codings of
 * 50 codes, which each of the 3 coders applies with jittered boundaries (85 %) or misses, plus
 * stray codings of their own, so every coder makes about 100 codings per transcript.
 */
function codedCorpus(count: number, random: RandomSource): CodedTextInput {
  const transcripts: AgreementTranscript[] = [];
  const codings: AgreementCoding[] = [];
  for (let t = 0; t < count; t++) {
    const id = `transcript-${t + 1}`;
    const length = CHARACTERS_PER_TRANSCRIPT + randomInteger(random, 2_000);
    const segments = [];
    for (let start = 0, s = 1; start < length; s++) {
      const end = Math.min(length, start + 200 + randomInteger(random, 400));
      segments.push({ id: `${id}-turn-${s}`, start, end });
      start = end;
    }
    transcripts.push({ id, length, segments });
    for (let c = 0; c < CODINGS_PER_CODER; c++) {
      const codeId = CODES[randomInteger(random, CODES.length)];
      const start = randomInteger(random, length - 2_000);
      const end = start + 50 + randomInteger(random, 1_500);
      for (const coderId of CODERS) {
        const draw = random();
        const jitter = () => randomInteger(random, 61) - 30;
        if (draw < 0.85) {
          const from = Math.max(0, start + jitter());
          codings.push({ transcriptId: id, coderId, codeId, start: from, end: Math.max(from, Math.min(length, end + jitter())) });
        } else {
          const from = randomInteger(random, length - 2_000);
          codings.push({ transcriptId: id, coderId, codeId: CODES[randomInteger(random, CODES.length)], start: from, end: from + 300 });
        }
      }
    }
  }
  return { transcripts, codings, coderIds: CODERS, codeIds: CODES };
}
