import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cooccurrenceBySegment } from './cooccurrence-by-segment.js';
import type { CodedSpan, TranscriptSegment } from './cooccurrence-table.js';

const span = (codeId: string, start: number, end: number, coderId = 'c1', transcriptId = 't1'): CodedSpan => ({
  transcriptId,
  coderId,
  codeId,
  start,
  end,
});
const segment = (id: string, start: number, end: number, transcriptId = 't1'): TranscriptSegment => ({ transcriptId, id, start, end });
const turns = [segment('s1', 0, 100), segment('s2', 100, 200), segment('s3', 200, 300)];

describe(cooccurrenceBySegment.name, () => {
  it('returns an empty table when there is no data', () => {
    expect(cooccurrenceBySegment([], [])).toEqual({ unit: 'segment', codes: [], pairs: [] });
    expect(cooccurrenceBySegment([span('trust', 0, 10)], [])).toEqual({ unit: 'segment', codes: [], pairs: [] });
  });

  it('returns a pair when two codes fall in one segment without overlapping each other', () => {
    const table = cooccurrenceBySegment([span('trust', 0, 10), span('cost', 50, 60)], turns);
    expect(table.pairs).toEqual([{ codeA: 'cost', codeB: 'trust', n1: 1, n2: 1, n12: 1, c: 1, inflated: false }]);
  });

  it('returns the Jaccard index as c when codes share some segments', () => {
    const codings = [
      span('trust', 10, 20),
      span('cost', 30, 40),
      span('trust', 110, 120),
      span('cost', 210, 220),
      span('cost', 230, 240), // a second cost passage in s3 still makes s3 one segment with cost
    ];
    const table = cooccurrenceBySegment(codings, turns);
    expect(table.codes).toEqual([
      { codeId: 'cost', count: 2 },
      { codeId: 'trust', count: 2 },
    ]);
    expect(table.pairs).toEqual([{ codeA: 'cost', codeB: 'trust', n1: 2, n2: 2, n12: 1, c: 1 / 3, inflated: false }]);
  });

  it('returns the passage in every segment it reaches when it spans a segment boundary', () => {
    const table = cooccurrenceBySegment([span('care-pathway', 90, 110), span('trust', 150, 160)], turns);
    expect(table.codes).toEqual([
      { codeId: 'care-pathway', count: 2 },
      { codeId: 'trust', count: 1 },
    ]);
    expect(table.pairs[0]).toMatchObject({ n12: 1 });
  });

  it('returns codes of all coders pooled, or of the selected coders only', () => {
    const codings = [span('trust', 0, 10, 'c1'), span('cost', 20, 30, 'c2')];
    expect(cooccurrenceBySegment(codings, turns).pairs).toHaveLength(1);
    expect(cooccurrenceBySegment(codings, turns, { coderIds: ['c1'] }).pairs).toEqual([]);
  });

  it('returns no pair when the codes are in the same segment id of another transcript', () => {
    const codings = [span('trust', 0, 10, 'c1', 't1'), span('cost', 0, 10, 'c1', 't2')];
    const segments = [segment('s1', 0, 100, 't1'), segment('s1', 0, 100, 't2')];
    expect(cooccurrenceBySegment(codings, segments).pairs).toEqual([]);
  });

  it('returns the same counts as checking every segment when segments nest and passages are random', () => {
    const spanArbitrary = fc
      .record({ start: fc.integer({ min: 0, max: 60 }), length: fc.integer({ min: 1, max: 30 }) })
      .map(({ start, length }) => ({ start, end: start + length }));
    const codingArbitrary = fc
      .tuple(spanArbitrary, fc.constantFrom('a', 'b', 'c'))
      .map(([range, codeId]) => span(codeId, range.start, range.end));
    const segmentArbitrary = spanArbitrary.map((range) => segment('s', range.start, range.end));
    fc.assert(
      fc.property(fc.array(codingArbitrary, { maxLength: 30 }), fc.array(segmentArbitrary, { maxLength: 10 }), (codings, segments) => {
        const bruteForce = new Map<string, number>();
        for (const s of segments) {
          const codes = [...new Set(codings.filter((c) => c.start < s.end && s.start < c.end).map((c) => c.codeId))].sort();
          codes.forEach((a, i) =>
            codes.slice(i + 1).forEach((b) => bruteForce.set(`${a}|${b}`, (bruteForce.get(`${a}|${b}`) ?? 0) + 1)),
          );
        }
        const swept = new Map(cooccurrenceBySegment(codings, segments).pairs.map((p) => [`${p.codeA}|${p.codeB}`, p.n12]));
        expect(swept).toEqual(bruteForce);
      }),
    );
  });
});
