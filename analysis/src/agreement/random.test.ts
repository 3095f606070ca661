import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AgreementInputError } from './agreement-input-error.js';
import { createRandom, randomInteger, xoshiro128StarStar } from './random.js';

describe(xoshiro128StarStar.name, () => {
  it('returns the reference implementation outputs when seeded with state [1, 2, 3, 4]', () => {
    // From Vigna's reference C (xoshiro128starstar.c), compiled and run with s = {1, 2, 3, 4}.
    const next = xoshiro128StarStar([1, 2, 3, 4]);
    const outputs = Array.from({ length: 8 }, () => next());
    expect(outputs).toEqual([11520, 0, 5927040, 70819200, 2031721883, 1637235492, 1287239034, 3734860849]);
  });

  it('throws when the state is all zero', () => {
    expect(() => xoshiro128StarStar([0, 0, 0, 0])).toThrow(AgreementInputError);
  });
});

describe(createRandom.name, () => {
  it('returns the same sequence when given the same seed', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const first = createRandom(seed);
        const second = createRandom(seed);
        for (let i = 0; i < 16; i++) expect(first()).toBe(second());
      }),
    );
  });

  it('returns different sequences when seeds are neighbours', () => {
    const a = createRandom(1);
    const b = createRandom(2);
    expect([a(), a(), a()]).not.toEqual([b(), b(), b()]);
  });

  it('returns floats in [0, 1) with a mean near 1/2 when drawn many times', () => {
    const random = createRandom(42);
    let sum = 0;
    for (let i = 0; i < 100_000; i++) {
      const x = random();
      expect(x >= 0 && x < 1).toBe(true);
      sum += x;
    }
    expect(sum / 100_000).toBeCloseTo(0.5, 2);
  });

  it.each([
    { name: 'a fraction', seed: 1.5 },
    { name: 'NaN', seed: Number.NaN },
    { name: 'an unsafe integer', seed: 2 ** 60 },
  ])('throws when the seed is $name', ({ seed }) => {
    expect(() => createRandom(seed)).toThrow(AgreementInputError);
  });
});

describe(randomInteger.name, () => {
  it('returns every integer below the bound and none outside when drawn many times', () => {
    const random = createRandom(7);
    const seen = new Set<number>();
    for (let i = 0; i < 1_000; i++) seen.add(randomInteger(random, 5));
    expect([...seen].sort()).toEqual([0, 1, 2, 3, 4]);
  });
});
