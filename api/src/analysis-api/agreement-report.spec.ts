import { describe, expect, it } from 'vitest';
import { characterAgreement, cohenKappaInterval, krippendorffAlphaInterval, segmentAgreement, unitizedAlpha, type AgreementCoding, type CodedTextInput } from '@polyphony/analysis';
import { agreementReport, BOOTSTRAP_WORK_BUDGET } from './agreement-report.js';

/** Three transcripts of 12 turns of 20 characters (turn i covers [21i, 21i + 20)), coded with noise. */
function corpus(coders: string[]): CodedTextInput {
  const transcripts = ['t1', 't2', 't3'].map((id) => ({
    id,
    length: 12 * 21,
    segments: Array.from({ length: 12 }, (_, i) => ({ id: `${id}-${i}`, start: 21 * i, end: 21 * i + 20 })),
  }));
  const codings: AgreementCoding[] = [];
  transcripts.forEach((t, ti) => {
    for (let turn = 0; turn < 12; turn++) {
      const code = (turn + ti) % 3 === 0 ? 'trust' : (turn + ti) % 3 === 1 ? 'cost' : null;
      if (!code) continue;
      coders.forEach((coder, ci) => {
        // Coder ci misses every (ci + 4)-th passage and cuts every 5th one short.
        if ((turn + ti * 7) % (ci + 4) === 0) return;
        const end = (turn + ci) % 5 === 0 ? 21 * turn + 12 : 21 * turn + 20;
        codings.push({ transcriptId: t.id, coderId: coder, codeId: code, start: 21 * turn, end });
      });
    }
  });
  return { transcripts, codings };
}

describe(agreementReport.name, () => {
  const input = corpus(['a', 'b']);
  const report = agreementReport(input, { samples: 400, seed: 7 });

  it('reports the library values, and intervals whose estimates equal them', () => {
    const segment = segmentAgreement(input);
    const character = characterAgreement(input);
    const unitized = unitizedAlpha(input);
    report.segment.codes.forEach((code, c) => {
      expect(code.alpha).toBeCloseTo(segment.codes[c]!.alpha, 12);
      expect(code.alphaInterval!.estimate).toBeCloseTo(code.alpha, 12);
      expect(code.pairs[0]!.kappaInterval!.estimate).toBeCloseTo(code.pairs[0]!.kappa, 12);
    });
    expect(report.segment.overall.alphaInterval!.estimate).toBeCloseTo(segment.overall.alpha, 12);
    expect(report.segment.overall.pairs[0]!.kappaInterval!.estimate).toBeCloseTo(segment.overall.pairs[0]!.kappa, 12);
    report.character.codes.forEach((code, c) => expect(code.pairs[0]!.kappaInterval!.estimate).toBeCloseTo(character.codes[c]!.pairs[0]!.overall.kappa, 12));
    expect(report.character.overall[0]!.kappaInterval!.estimate).toBeCloseTo(character.overall[0]!.kappa, 12);
    report.unitized.codes.forEach((code, c) => expect(code.alphaInterval!.estimate).toBeCloseTo(unitized.codes[c]!.alpha, 12));
    expect(report.unitized.overall.alphaInterval!.estimate).toBeCloseTo(unitized.overall.alpha, 12);
  });

  it('gives per code at segment level the same intervals as the library functions on the same units and seed', () => {
    const segments = input.transcripts.flatMap((t) => t.segments.map((s) => ({ transcriptId: t.id, ...s })));
    const coded = (coder: string, codeId: string) =>
      segments.map((s) => (input.codings.some((c) => c.coderId === coder && c.codeId === codeId && c.transcriptId === s.transcriptId && c.start < s.end && c.end > s.start) ? 'coded' : 'not coded'));
    report.segment.codes.forEach((code) => {
      const a = coded('a', code.codeId);
      const b = coded('b', code.codeId);
      const kappa = cohenKappaInterval(a, b, { samples: 400, seed: 7 });
      const alpha = krippendorffAlphaInterval([a, b], 'nominal', { samples: 400, seed: 7 });
      expect(code.pairs[0]!.kappaInterval!.low).toBeCloseTo(kappa.low, 12);
      expect(code.pairs[0]!.kappaInterval!.high).toBeCloseTo(kappa.high, 12);
      expect(code.alphaInterval!.low).toBeCloseTo(alpha.low, 12);
      expect(code.alphaInterval!.high).toBeCloseTo(alpha.high, 12);
    });
  });

  it('brackets each estimate with a 95% interval and names the method', () => {
    const intervals = [
      report.segment.overall.alphaInterval!,
      report.segment.overall.pairs[0]!.kappaInterval!,
      report.character.overall[0]!.kappaInterval!,
      report.unitized.overall.alphaInterval!,
    ];
    for (const interval of intervals) {
      expect(interval.low).toBeLessThanOrEqual(interval.estimate);
      expect(interval.high).toBeGreaterThanOrEqual(interval.estimate);
      expect(interval.high - interval.low).toBeGreaterThan(0);
      expect(interval.validSamples).toBeGreaterThan(390);
    }
    expect(report.bootstrap).toMatchObject({ requested: 400, samples: 400, seed: 7, confidence: 0.95 });
    expect(report.bootstrap.method).toMatch(/bootstrap/i);
    for (const unit of [report.segment, report.character, report.unitized]) expect(unit.method.length).toBeGreaterThan(20);
  });

  it('is reproducible with a seed and varies with another', () => {
    expect(agreementReport(input, { samples: 400, seed: 7 })).toEqual(report);
    const other = agreementReport(input, { samples: 400, seed: 8 });
    expect(other.segment.overall.alphaInterval!.low).not.toBe(report.segment.overall.alphaInterval!.low);
  });

  it('compares each coder pair separately when there are more than two coders', () => {
    expect(report.pairs).toEqual([]);
    const three = agreementReport(corpus(['a', 'b', 'c']), { samples: 200, seed: 1 });
    expect(three.pairs.map((p) => p.coderIds)).toEqual([
      ['a', 'b'],
      ['a', 'c'],
      ['b', 'c'],
    ]);
    const ab = three.pairs[0]!;
    expect(ab.unitized.coders).toBe(2);
    expect(ab.segment.overall.pairs[0]!.kappa).toBeCloseTo(three.segment.overall.pairs[0]!.kappa, 12);
    expect(ab.unitized.overall.alphaInterval).not.toBeNull();
  });

  it('leaves the intervals out when asked for none, and draws fewer resamples on huge data', () => {
    const none = agreementReport(input, { samples: 0, seed: 1 });
    expect(none.bootstrap.samples).toBe(0);
    expect(none.segment.overall.alphaInterval).toBeNull();
    expect(none.character.codes[0]!.pairs[0]!.kappaInterval).toBeNull();
    // codes × (pairs + 1) × (2 × turns + segments)
    const perSample = 2 * 2 * (2 * 36 + 36);
    const capped = agreementReport(input, { samples: 1000, seed: 1, workBudget: perSample * 250 });
    expect(capped.bootstrap).toMatchObject({ requested: 1000, samples: 250 });
    const tooBig = agreementReport(input, { samples: 1000, seed: 1, workBudget: perSample * 100 });
    expect(tooBig.bootstrap.samples).toBe(0);
    expect(tooBig.unitized.overall.alphaInterval).toBeNull();
    expect(BOOTSTRAP_WORK_BUDGET).toBeGreaterThan(perSample * 10_000);
  });

  it('gives NaN, not an error, when nobody coded anything', () => {
    const empty = agreementReport({ ...input, codings: [], coderIds: ['a', 'b'] }, { samples: 100, seed: 1 });
    expect(empty.segment.codes).toEqual([]);
    expect(Number.isNaN(empty.segment.overall.alpha)).toBe(true);
    expect(empty.segment.overall.alphaInterval).toBeNull();
  });
});
