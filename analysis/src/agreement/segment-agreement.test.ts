import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cohenKappa } from './cohen-kappa.js';
import { coderPairs } from './coded-text.js';
import { krippendorffAlpha } from './krippendorff-alpha.js';
import { segmentAgreement } from './segment-agreement.js';
import { codedCharacters, codedTextInput, coding, transcript } from './test-support.js';

const sameOrBothNaN = (actual: number, expected: number) => {
  if (Number.isNaN(expected)) expect(actual).toBeNaN();
  else expect(actual).toBeCloseTo(expected, 10);
};

describe(segmentAgreement.name, () => {
  // Four segments of 10 characters: [0,10) [10,20) [20,30) [30,40).
  const fourSegments = transcript('t1', 40, [10, 20, 30]);

  it('returns percent agreement, kappa and alpha when two coders judge four segments', () => {
    const result = segmentAgreement({
      transcripts: [fourSegments],
      // A: coded in segments 1, 2; B: coded in segments 1, 3 (a 1-character overlap is enough).
      codings: [coding('t1', 'A', 'k', 2, 15), coding('t1', 'B', 'k', 9, 10), coding('t1', 'B', 'k', 29, 30)],
    });
    const [code] = result.codes;
    expect(code.units).toBe(4);
    // A: c c n n, B: c n c n → agree on 2 of 4, κ = 0; alpha by hand: o_cn = o_nc = 2,
    // n_c = n_n = 4, n = 8 → α = 1 − 7·(2 + 2)/(4·4 + 4·4) = 0.125.
    expect(code.pairs).toEqual([{ coderIds: ['A', 'B'], agreement: 0.5, kappa: 0 }]);
    expect(code.alpha).toBeCloseTo(0.125, 12);
    expect(result.method).toMatch(/Segment level/);
  });

  it('returns 1 everywhere when coders agree perfectly on which segments hold the code', () => {
    const result = segmentAgreement({
      transcripts: [fourSegments],
      codings: [coding('t1', 'A', 'k', 0, 5), coding('t1', 'B', 'k', 3, 10), coding('t1', 'C', 'k', 9, 10)],
    });
    expect(result.codes[0].alpha).toBe(1);
    expect(result.codes[0].pairs.map((p) => [p.agreement, p.kappa])).toEqual([
      [1, 1],
      [1, 1],
      [1, 1],
    ]);
  });

  it('returns NaN alpha and no pairs when there is one coder', () => {
    const result = segmentAgreement({ transcripts: [fourSegments], codings: [coding('t1', 'A', 'k', 0, 5)] });
    expect(result.codes[0].pairs).toEqual([]);
    expect(result.codes[0].alpha).toBeNaN();
  });

  it('returns no codes and NaN overall alpha when there are no codings', () => {
    const result = segmentAgreement({ transcripts: [fourSegments], codings: [], coderIds: ['A', 'B'] });
    expect(result.codes).toEqual([]);
    expect(result.overall.units).toBe(0);
    expect(result.overall.alpha).toBeNaN();
  });

  it('returns only non-empty segments as units when segments or transcripts are empty', () => {
    const result = segmentAgreement({
      transcripts: [transcript('empty', 0), { id: 't2', length: 4, segments: [{ id: 'a', start: 0, end: 2 }, { id: 'b', start: 2, end: 2 }, { id: 'c', start: 2, end: 4 }] }],
      codings: [coding('t2', 'A', 'k', 0, 1), coding('t2', 'B', 'k', 0, 1)],
    });
    expect(result.codes[0].units).toBe(2);
  });

  it('returns the brute-force per-segment kappa and alpha when given random codings', () => {
    fc.assert(
      fc.property(codedTextInput, (input) => {
        const coderIds = input.coderIds ?? [];
        const chars = codedCharacters(input, coderIds, input.codeIds ?? []);
        const result = segmentAgreement(input);
        result.codes.forEach((code, k) => {
          const rows = coderIds.map((_, i) =>
            input.transcripts.flatMap((t, ti) =>
              t.segments
                .filter((s) => s.end > s.start)
                .map((s) => (chars[k][i][ti].slice(s.start, s.end).some(Boolean) ? 'y' : 'n')),
            ),
          );
          sameOrBothNaN(code.alpha, krippendorffAlpha(rows, 'nominal'));
          coderPairs(coderIds.length).forEach(([i, j], p) => sameOrBothNaN(code.pairs[p].kappa, cohenKappa(rows[i], rows[j])));
        });
      }),
      { numRuns: 200 },
    );
  });
});
