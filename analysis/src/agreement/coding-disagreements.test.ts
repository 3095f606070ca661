import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { coderPairs } from './coded-text.js';
import { codingDisagreements } from './coding-disagreements.js';
import { codedCharacters, codedTextInput, coding, transcript } from './test-support.js';

describe(codingDisagreements.name, () => {
  it('returns the maximal one-sided ranges in both directions when two coders overlap', () => {
    const result = codingDisagreements({
      transcripts: [transcript('t1', 30)],
      codings: [coding('t1', 'A', 'k', 0, 10), coding('t1', 'A', 'k', 8, 12), coding('t1', 'B', 'k', 5, 20)],
    });
    expect(result.disagreements).toEqual([
      { transcriptId: 't1', codeId: 'k', start: 0, end: 5, codedBy: 'A', missingFrom: 'B' },
      { transcriptId: 't1', codeId: 'k', start: 12, end: 20, codedBy: 'B', missingFrom: 'A' },
    ]);
    expect(result.method).toMatch(/Set difference/);
  });

  it('returns one entry per coder who lacks the stretch when three coders compare', () => {
    const result = codingDisagreements({
      transcripts: [transcript('t1', 10)],
      codings: [coding('t1', 'A', 'k', 2, 4)],
      coderIds: ['A', 'B', 'C'],
    });
    expect(result.disagreements.map((d) => [d.codedBy, d.missingFrom])).toEqual([
      ['A', 'B'],
      ['A', 'C'],
    ]);
  });

  it.each([
    { name: 'there are no codings', codings: [] },
    { name: 'the coders agree perfectly', codings: [coding('t1', 'A', 'k', 1, 3), coding('t1', 'B', 'k', 1, 3)] },
    { name: 'there is one coder', codings: [coding('t1', 'A', 'k', 1, 3)] },
  ])('returns no disagreements when $name', ({ codings }) => {
    expect(codingDisagreements({ transcripts: [transcript('t1', 5)], codings }).disagreements).toEqual([]);
  });

  it('returns exactly the one-sided positions, as maximal sorted ranges, when given random codings', () => {
    fc.assert(
      fc.property(codedTextInput, (input) => {
        const coderIds = input.coderIds ?? [];
        const codeIds = input.codeIds ?? [];
        const chars = codedCharacters(input, coderIds, codeIds);
        const { disagreements } = codingDisagreements(input);
        const expected = new Set<string>();
        codeIds.forEach((codeId, k) =>
          coderPairs(coderIds.length).forEach(([i, j]) =>
            input.transcripts.forEach((t, ti) => {
              for (let p = 0; p < t.length; p++) {
                if (chars[k][i][ti][p] && !chars[k][j][ti][p]) expected.add(`${t.id}|${codeId}|${coderIds[i]}|${coderIds[j]}|${p}`);
                if (chars[k][j][ti][p] && !chars[k][i][ti][p]) expected.add(`${t.id}|${codeId}|${coderIds[j]}|${coderIds[i]}|${p}`);
              }
            }),
          ),
        );
        const actual = new Set<string>();
        for (const d of disagreements) {
          for (let p = d.start; p < d.end; p++) actual.add(`${d.transcriptId}|${d.codeId}|${d.codedBy}|${d.missingFrom}|${p}`);
        }
        expect(actual).toEqual(expected);
        // Maximal: no two ranges of the same kind touch or overlap.
        const byKind = new Map<string, number[]>();
        for (const d of disagreements) {
          const kind = `${d.transcriptId}|${d.codeId}|${d.codedBy}|${d.missingFrom}`;
          byKind.set(kind, [...(byKind.get(kind) ?? []), d.start, d.end]);
        }
        for (const flat of byKind.values()) for (let i = 2; i < flat.length; i += 2) expect(flat[i]).toBeGreaterThan(flat[i - 1]);
      }),
      { numRuns: 200 },
    );
  });
});
