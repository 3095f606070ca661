import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CodedTextInput } from './coded-text.js';
import { codedCharacters, codedTextInput, coding, transcript } from './test-support.js';
import { unitizedAlpha } from './unitized-alpha.js';

/**
 * Oracle written straight from Krippendorff et al. (2016) eqs. 1, 4 and 6: each coder's
 * continuum (transcripts end to end) is cut into coded segments and gaps; observed coincidences
 * from pairwise segment intersections, expected ones with |s|² for segments and |s| for gaps.
 */
function oracleBinaryAlpha(input: CodedTextInput, codeId: string): number {
  const coderIds = input.coderIds ?? [];
  const m = coderIds.length;
  const coded = codedCharacters(input, coderIds, [codeId])[0].map((perTranscript) => perTranscript.flat());
  const L = coded[0]?.length ?? 0;
  // Partition each coder's continuum into maximal runs, but never let a coded run cross a
  // transcript boundary (codings cannot); gaps may, their weight is additive anyway.
  const boundaries = new Set<number>();
  let offset = 0;
  for (const t of input.transcripts) boundaries.add((offset += t.length));
  const segments = coded.map((chars) => {
    const runs: Array<{ value: boolean; start: number; end: number }> = [];
    for (let p = 0; p < chars.length; p++) {
      const last = runs.at(-1);
      if (last && last.value === chars[p] && !(chars[p] && boundaries.has(p))) last.end = p + 1;
      else runs.push({ value: chars[p], start: p, end: p + 1 });
    }
    return runs;
  });
  const l = [
    [0, 0],
    [0, 0],
  ]; // [gap, coded]
  for (let i = 0; i < m; i++)
    for (let j = 0; j < m; j++) {
      if (i === j) continue;
      for (const g of segments[i])
        for (const h of segments[j]) {
          const overlap = Math.max(0, Math.min(g.end, h.end) - Math.max(g.start, h.start));
          l[Number(g.value)][Number(h.value)] += overlap / (m - 1);
        }
    }
  const total = m * L;
  const marginal = [l[0][0] + l[0][1], l[1][0] + l[1][1]];
  const weights = [0, 0];
  for (const runs of segments) for (const s of runs) weights[Number(s.value)] += s.value ? (s.end - s.start) ** 2 : s.end - s.start;
  const e01 = (total * marginal[0] * marginal[1]) / (total * total - weights[0] - weights[1]);
  return 1 - l[0][1] / e01;
}

describe(unitizedAlpha.name, () => {
  it('returns 31/120 when two coders overlap by half (hand-computed)', () => {
    // L = 10, A: [0,4), B: [2,6). l.. = 20, n₁ = 8, n₀ = 12, S₁ = 16 + 16 = 32,
    // l_coded,gap = (1·8 − 2·2)/1 = 4, e_coded,gap = 20·8·12/(400 − 32 − 12) = 1920/356,
    // |uα = 1 − 4·356/1920 = 31/120 ≈ 0.2583.
    const result = unitizedAlpha({
      transcripts: [transcript('t1', 10)],
      codings: [coding('t1', 'A', 'k', 0, 4), coding('t1', 'B', 'k', 2, 6)],
    });
    expect(result.codes[0].alpha).toBeCloseTo(31 / 120, 12);
    expect(result.codes[0]).toMatchObject({ codeId: 'k', codedLength: 8, pairableLength: 20 });
    expect(result).toMatchObject({ coders: 2, continuumLength: 10 });
    expect(result.method).toMatch(/Krippendorff, Mathet/);
  });

  it('returns 131/270 when three coders partly agree (hand-computed)', () => {
    // L = 10, A: [0,4), B: [2,6), C: [0,4). l.. = 30, n₁ = 12, n₀ = 18, S₁ = 48,
    // Σ_{i<j}|R_i ∩ R_j| = 2 + 4 + 2 = 8 → l_coded,gap = (2·12 − 2·8)/2 = 4
    // (per position: k = 2,2,3,3,1,1,0,0,0,0 → Σ k(3 − k) = 8, / (m − 1) = 4),
    // e_coded,gap = 30·12·18/(900 − 48 − 18) = 6480/834, |uα = 1 − 4·834/6480 = 131/270 ≈ 0.4852.
    const result = unitizedAlpha({
      transcripts: [transcript('t1', 10)],
      codings: [coding('t1', 'A', 'k', 0, 4), coding('t1', 'B', 'k', 2, 6), coding('t1', 'C', 'k', 0, 4)],
    });
    expect(result.codes[0].alpha).toBeCloseTo(131 / 270, 12);
  });

  it('returns 1 when all coders mark exactly the same stretches', () => {
    const codings = ['A', 'B', 'C'].flatMap((coder) => [coding('t1', coder, 'k', 3, 7), coding('t2', coder, 'k', 0, 2)]);
    const result = unitizedAlpha({ transcripts: [transcript('t1', 10), transcript('t2', 5)], codings });
    expect(result.codes[0].alpha).toBe(1);
    expect(result.overall.alpha).toBe(1);
  });

  it.each<{ name: string; input: CodedTextInput }>([
    { name: 'there is one coder', input: { transcripts: [transcript('t1', 10)], codings: [coding('t1', 'A', 'k', 0, 4)] } },
    {
      name: 'the listed coders never used the code',
      input: { transcripts: [transcript('t1', 10)], codings: [], coderIds: ['A', 'B'], codeIds: ['k'] },
    },
    {
      name: 'every coder coded the whole continuum',
      input: { transcripts: [transcript('t1', 4)], codings: [coding('t1', 'A', 'k', 0, 4), coding('t1', 'B', 'k', 0, 4)] },
    },
    {
      name: 'the transcripts are empty',
      input: { transcripts: [transcript('t1', 0)], codings: [], coderIds: ['A', 'B'], codeIds: ['k'] },
    },
  ])('returns NaN when $name', ({ input }) => {
    expect(unitizedAlpha(input).codes[0].alpha).toBeNaN();
  });

  it('returns no codes when there are no codings', () => {
    const result = unitizedAlpha({ transcripts: [transcript('t1', 10)], codings: [], coderIds: ['A', 'B'] });
    expect(result.codes).toEqual([]);
    expect(result.overall.alpha).toBeNaN();
  });

  it('returns the merged-coding value when the same coder’s codings overlap', () => {
    const split = unitizedAlpha({
      transcripts: [transcript('t1', 10)],
      codings: [coding('t1', 'A', 'k', 0, 3), coding('t1', 'A', 'k', 2, 4), coding('t1', 'B', 'k', 2, 6)],
    });
    expect(split.codes[0].alpha).toBeCloseTo(31 / 120, 12);
  });

  it('returns the value of the published equations when given random codings', () => {
    fc.assert(
      fc.property(codedTextInput, (input) => {
        const result = unitizedAlpha(input);
        result.codes.forEach((code) => {
          const expected = oracleBinaryAlpha(input, code.codeId);
          if (Number.isNaN(code.alpha)) expect(Number.isFinite(expected)).toBe(false);
          else expect(code.alpha).toBeCloseTo(expected, 9);
          expect(Number.isNaN(code.alpha) || code.alpha <= 1 + 1e-12).toBe(true);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('returns the same value when the coders are listed in another order', () => {
    fc.assert(
      fc.property(codedTextInput, (input) => {
        const reversed = unitizedAlpha({ ...input, coderIds: [...(input.coderIds ?? [])].reverse() });
        unitizedAlpha(input).codes.forEach((code, k) => {
          if (Number.isNaN(code.alpha)) expect(reversed.codes[k].alpha).toBeNaN();
          else expect(reversed.codes[k].alpha).toBeCloseTo(code.alpha, 12);
        });
      }),
    );
  });
});
