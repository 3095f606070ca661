import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cooccurrenceByOverlap } from './cooccurrence-by-overlap.js';
import type { CodedSpan } from './cooccurrence-table.js';

const span = (codeId: string, start: number, end: number, coderId = 'c1', transcriptId = 't1'): CodedSpan => ({
  transcriptId,
  coderId,
  codeId,
  start,
  end,
});

describe(cooccurrenceByOverlap.name, () => {
  it.each<{ name: string; codings: CodedSpan[]; expected: { codeA: string; codeB: string; n12: number }[] }>([
    { name: 'there is no data', codings: [], expected: [] },
    { name: 'there is one code only', codings: [span('trust', 0, 10), span('trust', 5, 15)], expected: [] },
    {
      name: 'two codes overlap by one code point',
      codings: [span('trust', 0, 10), span('cost', 9, 20)],
      expected: [{ codeA: 'cost', codeB: 'trust', n12: 1 }],
    },
    { name: 'two passages only touch (half-open)', codings: [span('trust', 0, 10), span('cost', 10, 20)], expected: [] },
    { name: 'the codes come from different coders', codings: [span('trust', 0, 10, 'c1'), span('cost', 0, 10, 'c2')], expected: [] },
    {
      name: 'the codes are in different transcripts',
      codings: [span('trust', 0, 10, 'c1', 't1'), span('cost', 0, 10, 'c1', 't2')],
      expected: [],
    },
    {
      name: 'one passage contains another',
      codings: [span('care-pathway', 0, 100), span('accuracy', 40, 50)],
      expected: [{ codeA: 'accuracy', codeB: 'care-pathway', n12: 1 }],
    },
  ])('returns the overlapping pairs when $name', ({ codings, expected }) => {
    const { pairs } = cooccurrenceByOverlap(codings);
    expect(pairs.map(({ codeA, codeB, n12 }) => ({ codeA, codeB, n12 }))).toEqual(expected);
  });

  it('returns n1, n2 and c as in ATLAS.ti when codes partly co-occur', () => {
    const codings = [
      span('trust', 0, 10),
      span('trust', 20, 30),
      span('trust', 40, 50),
      span('cost', 5, 12),
      span('cost', 60, 70),
    ];
    expect(cooccurrenceByOverlap(codings)).toEqual({
      unit: 'passage',
      codes: [
        { codeId: 'trust', count: 3 },
        { codeId: 'cost', count: 2 },
      ],
      pairs: [{ codeA: 'cost', codeB: 'trust', n1: 2, n2: 3, n12: 1, c: 1 / 4, inflated: false }],
    });
  });

  it('returns an inflated pair when one long passage overlaps several of the other code', () => {
    const codings = [span('care-pathway', 0, 100), span('trust', 10, 20), span('trust', 30, 40), span('trust', 50, 60)];
    expect(cooccurrenceByOverlap(codings).pairs).toEqual([
      { codeA: 'care-pathway', codeB: 'trust', n1: 1, n2: 3, n12: 3, c: 3, inflated: true },
    ]);
  });

  it('returns only the selected coders when coderIds is given', () => {
    const codings = [span('trust', 0, 10, 'c1'), span('cost', 0, 10, 'c1'), span('trust', 0, 10, 'c2'), span('cost', 0, 10, 'c2')];
    const table = cooccurrenceByOverlap(codings, { coderIds: ['c2'] });
    expect(table.codes).toEqual([
      { codeId: 'cost', count: 1 },
      { codeId: 'trust', count: 1 },
    ]);
    expect(table.pairs[0]?.n12).toBe(1);
  });

  it('returns the same counts as comparing every pair when codings are random', () => {
    const codingArbitrary = fc
      .record({
        transcriptId: fc.constantFrom('t1', 't2'),
        coderId: fc.constantFrom('c1', 'c2'),
        codeId: fc.constantFrom('a', 'b', 'c'),
        start: fc.integer({ min: 0, max: 50 }),
        length: fc.integer({ min: 1, max: 20 }),
      })
      .map(({ length, ...rest }) => ({ ...rest, end: rest.start + length }));
    fc.assert(
      fc.property(fc.array(codingArbitrary, { maxLength: 40 }), (codings) => {
        const bruteForce = new Map<string, number>();
        codings.forEach((x, i) =>
          codings.slice(i + 1).forEach((y) => {
            const sameUnit = x.transcriptId === y.transcriptId && x.coderId === y.coderId;
            if (!sameUnit || x.codeId === y.codeId || !(x.start < y.end && y.start < x.end)) return;
            const key = [x.codeId, y.codeId].sort().join('|');
            bruteForce.set(key, (bruteForce.get(key) ?? 0) + 1);
          }),
        );
        const swept = new Map(cooccurrenceByOverlap(codings).pairs.map((pair) => [`${pair.codeA}|${pair.codeB}`, pair.n12]));
        expect(swept).toEqual(bruteForce);
      }),
    );
  });
});
