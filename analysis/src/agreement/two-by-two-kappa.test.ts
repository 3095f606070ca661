import { describe, expect, it } from 'vitest';
import { twoByTwoAgreement, twoByTwoKappa } from './two-by-two-kappa.js';

describe(twoByTwoKappa.name, () => {
  it.each([
    { name: 'the Wikipedia 50-proposals table is given', counts: { both: 20, onlyFirst: 5, onlySecond: 10, neither: 15 }, expected: 0.4 },
    { name: 'the coders agree perfectly with variation', counts: { both: 3, onlyFirst: 0, onlySecond: 0, neither: 7 }, expected: 1 },
    { name: 'the coders never agree', counts: { both: 0, onlyFirst: 4, onlySecond: 6, neither: 0 }, expected: -0.923076923076923 },
    { name: 'the table is empty', counts: { both: 0, onlyFirst: 0, onlySecond: 0, neither: 0 }, expected: Number.NaN },
    { name: 'neither coder ever says present', counts: { both: 0, onlyFirst: 0, onlySecond: 0, neither: 9 }, expected: Number.NaN },
    { name: 'both coders always say present', counts: { both: 9, onlyFirst: 0, onlySecond: 0, neither: 0 }, expected: Number.NaN },
  ])('returns $expected when $name', ({ counts, expected }) => {
    if (Number.isNaN(expected)) expect(twoByTwoKappa(counts)).toBeNaN();
    else expect(twoByTwoKappa(counts)).toBeCloseTo(expected, 12);
  });
});

describe(twoByTwoAgreement.name, () => {
  it.each([
    // NVivo help, "How is the percentage agreement calculated?": 1000 characters, 50 coded by both,
    // 150 by only one user, 800 by neither → (800 + 50)/1000 = 85 %.
    { name: 'the NVivo help example is given', counts: { both: 50, onlyFirst: 100, onlySecond: 50, neither: 800 }, expected: 0.85 },
    { name: 'the table is empty', counts: { both: 0, onlyFirst: 0, onlySecond: 0, neither: 0 }, expected: Number.NaN },
  ])('returns $expected when $name', ({ counts, expected }) => {
    expect(twoByTwoAgreement(counts)).toBe(expected);
  });
});
