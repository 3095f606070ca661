import { AgreementInputError } from './agreement-input-error.js';

/** A source of uniform floats in [0, 1), drop-in for Math.random but reproducible. */
export type RandomSource = () => number;

/** The four 32-bit words of a xoshiro128** state; at least one must be non-zero. */
export type Xoshiro128State = readonly [number, number, number, number];

const TWO_TO_32 = 4_294_967_296;

/**
 * xoshiro128** 1.1 (Blackman & Vigna 2018, https://prng.di.unimi.it/): 128-bit state, period
 * 2^128 − 1, good statistical quality, and only 32-bit integer arithmetic, so it is exact in JS.
 * Returns the raw 32-bit outputs as unsigned integers.
 */
export function xoshiro128StarStar(state: Xoshiro128State): () => number {
  let [s0, s1, s2, s3] = state.map((word) => word >>> 0) as [number, number, number, number];
  if ((s0 | s1 | s2 | s3) === 0) {
    throw new AgreementInputError('AGREEMENT_INVALID_OPTION', 'xoshiro128** needs a state that is not all zero', {
      option: 'state',
    });
  }
  return () => {
    const result = Math.imul(rotateLeft(Math.imul(s1, 5), 7), 9) >>> 0;
    const t = s1 << 9;
    s2 ^= s0;
    s3 ^= s1;
    s1 ^= s2;
    s0 ^= s3;
    s2 ^= t;
    s3 = rotateLeft(s3, 11);
    return result;
  };
}

/**
 * A seeded uniform [0, 1) source: the same seed always gives the same sequence, on every platform.
 * The seed (any safe integer) is spread over the 128-bit state with SplitMix32-style mixing, so
 * neighbouring seeds give unrelated sequences.
 */
export function createRandom(seed: number): RandomSource {
  if (!Number.isSafeInteger(seed)) {
    throw new AgreementInputError('AGREEMENT_INVALID_OPTION', `the seed must be a safe integer, got ${String(seed)}`, {
      option: 'seed',
    });
  }
  // Fold the high bits in so seeds that differ only above bit 31 still differ.
  let mix = (seed >>> 0) ^ Math.imul(Math.floor(seed / TWO_TO_32) >>> 0, 0x9e3779b9);
  const next = () => {
    mix = (mix + 0x9e3779b9) | 0;
    let z = mix;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
  const state: [number, number, number, number] = [next(), next(), next(), next()];
  if ((state[0] | state[1] | state[2] | state[3]) === 0) state[0] = 1;
  const words = xoshiro128StarStar(state);
  return () => words() / TWO_TO_32;
}

/** A uniform integer in [0, maxExclusive) from a RandomSource. */
export function randomInteger(random: RandomSource, maxExclusive: number): number {
  return Math.floor(random() * maxExclusive);
}

function rotateLeft(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}
