import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { characterAgreement, characterComparison } from './character-agreement.js';
import { cohenKappa } from './cohen-kappa.js';
import { coderPairs } from './coded-text.js';
import { percentAgreement } from './percent-agreement.js';
import { codedCharacters, codedTextInput, coding, transcript } from './test-support.js';

const sameOrBothNaN = (actual: number, expected: number) => {
  if (Number.isNaN(expected)) expect(actual).toBeNaN();
  else expect(actual).toBeCloseTo(expected, 10);
};

describe(characterAgreement.name, () => {
  it('returns the NVivo help figures when 50 of 1000 characters are coded by both, 150 by one, 800 by neither', () => {
    const result = characterAgreement({
      transcripts: [transcript('doc', 1000)],
      codings: [coding('doc', 'A', 'node', 0, 200), coding('doc', 'B', 'node', 150, 200)],
    });
    const [pair] = result.codes[0].pairs;
    expect(pair.coderIds).toEqual(['A', 'B']);
    expect(pair.transcripts[0]).toMatchObject({ transcriptId: 'doc', both: 50, onlyFirst: 150, onlySecond: 0, neither: 800, total: 1000, agreement: 0.85 });
    // κ = 2(50·800 − 150·0)/((200)(950) + (50)(800)) = 80000/230000.
    expect(pair.transcripts[0].kappa).toBeCloseTo(80_000 / 230_000, 12);
    expect(result.method).toMatch(/NVivo/);
  });

  it('returns per-transcript and pooled counts when two transcripts are coded', () => {
    const result = characterAgreement({
      transcripts: [transcript('t1', 10), transcript('t2', 10)],
      codings: [coding('t1', 'A', 'k', 0, 5), coding('t1', 'B', 'k', 0, 5), coding('t2', 'A', 'k', 0, 2)],
    });
    const [pair] = result.codes[0].pairs;
    expect(pair.transcripts.map((t) => t.kappa)).toEqual([1, 0]);
    expect(pair.overall).toMatchObject({ both: 5, onlyFirst: 2, onlySecond: 0, neither: 13, total: 20, agreement: 0.9 });
    expect(result.overall[0]).toMatchObject({ coderIds: ['A', 'B'], both: 5, total: 20 });
  });

  it('returns agreement 1 and kappa NaN when neither coder used the code in a transcript', () => {
    const result = characterAgreement({
      transcripts: [transcript('t1', 10), transcript('t2', 10)],
      codings: [coding('t1', 'A', 'k', 0, 5), coding('t1', 'B', 'k', 0, 5)],
    });
    const second = result.codes[0].pairs[0].transcripts[1];
    expect(second.agreement).toBe(1);
    expect(second.kappa).toBeNaN();
  });

  it('returns NaN agreement and kappa when a transcript is empty', () => {
    const result = characterAgreement({
      transcripts: [transcript('empty', 0), transcript('t2', 4)],
      codings: [coding('t2', 'A', 'k', 0, 2), coding('t2', 'B', 'k', 0, 2)],
    });
    const [empty, full] = result.codes[0].pairs[0].transcripts;
    expect(empty.total).toBe(0);
    expect(empty.agreement).toBeNaN();
    expect(empty.kappa).toBeNaN();
    expect(full.kappa).toBe(1);
  });

  it('returns no codes and no pairs when there are no codings', () => {
    expect(characterAgreement({ transcripts: [transcript('t1', 5)], codings: [] })).toMatchObject({ codes: [], overall: [] });
  });

  it('returns no pairs when there is one coder', () => {
    const result = characterAgreement({ transcripts: [transcript('t1', 5)], codings: [coding('t1', 'A', 'k', 0, 2)] });
    expect(result.codes[0].pairs).toEqual([]);
  });

  it('returns each character once when the same coder’s codings overlap', () => {
    const result = characterAgreement({
      transcripts: [transcript('t1', 10)],
      codings: [coding('t1', 'A', 'k', 0, 6), coding('t1', 'A', 'k', 3, 8), coding('t1', 'B', 'k', 0, 8)],
    });
    expect(result.codes[0].pairs[0].overall).toMatchObject({ both: 8, onlyFirst: 0, onlySecond: 0, neither: 2, kappa: 1 });
  });

  it('throws when a coding lies outside its transcript', () => {
    expect(() => characterAgreement({ transcripts: [transcript('t1', 5)], codings: [coding('t1', 'A', 'k', 3, 6)] })).toThrow(
      expect.objectContaining({ code: 'AGREEMENT_INVALID_RANGE' }),
    );
  });

  it('returns the per-character percent agreement and kappa when compared with a brute-force oracle', () => {
    fc.assert(
      fc.property(codedTextInput, (input) => {
        const result = characterAgreement(input);
        const chars = codedCharacters(input, input.coderIds ?? [], input.codeIds ?? []);
        const label = (coded: boolean) => (coded ? 'coded' : 'not');
        result.codes.forEach((code, k) => {
          coderPairs(input.coderIds?.length ?? 0).forEach(([i, j], p) => {
            const pair = code.pairs[p];
            pair.transcripts.forEach((t, ti) => {
              const a = chars[k][i][ti].map(label);
              const b = chars[k][j][ti].map(label);
              expect(t.both).toBe(a.filter((x, c) => x === 'coded' && b[c] === 'coded').length);
              sameOrBothNaN(t.agreement, percentAgreement(a, b));
              sameOrBothNaN(t.kappa, cohenKappa(a, b));
            });
            const a = chars[k][i].flat().map(label);
            const b = chars[k][j].flat().map(label);
            sameOrBothNaN(pair.overall.kappa, cohenKappa(a, b));
          });
        });
      }),
      { numRuns: 200 },
    );
  });
});

describe(characterComparison.name, () => {
  it('returns the totals, agreement and kappa when given the Wikipedia 2 × 2 table', () => {
    expect(characterComparison({ both: 20, onlyFirst: 5, onlySecond: 10, neither: 15 })).toEqual({
      both: 20,
      onlyFirst: 5,
      onlySecond: 10,
      neither: 15,
      total: 50,
      agreement: 0.7,
      kappa: 0.4,
    });
  });
});
