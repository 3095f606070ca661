import { describe, expect, it } from 'vitest';
import { retryDelay } from './retry-delay';

describe(retryDelay.name, () => {
  const middle = () => 0.5;

  it('starts at one second and doubles', () => {
    expect([1, 2, 3, 4].map((failures) => retryDelay(failures, middle))).toEqual([1_000, 2_000, 4_000, 8_000]);
  });

  it('never waits longer than a minute', () => {
    expect(retryDelay(30, middle)).toBe(60_000);
    expect(retryDelay(1_000, middle)).toBe(60_000);
  });

  it('spreads attempts by a quarter either way', () => {
    expect(retryDelay(2, () => 0)).toBe(1_500);
    expect(retryDelay(2, () => 0.999_999)).toBe(2_500);
  });

  it('treats zero or negative failures like the first', () => {
    expect(retryDelay(0, middle)).toBe(1_000);
    expect(retryDelay(-3, middle)).toBe(1_000);
  });

  it('waits at least as long as the server asked', () => {
    expect(retryDelay(1, middle, 30)).toBe(30_000);
    expect(retryDelay(10, middle, 1)).toBe(60_000);
  });
});
