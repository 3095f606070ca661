import { describe, expect, it } from 'vitest';
import { formatEstimate } from './format-estimate';

describe(formatEstimate.name, () => {
  it.each([
    ['en', { value: 0.7234, low: 0.612, high: 0.83 }, '0.72 [0.61, 0.83]'],
    ['de', { value: 0.7234, low: 0.612, high: 0.83 }, '0,72 [0,61, 0,83]'],
    ['en', { value: -0.05, low: null, high: null }, '-0.05'],
    ['en', { value: null, low: null, high: null }, 'undefined'],
    ['en', null, 'undefined'],
  ] as const)('formats in %s: %j', (locale, estimate, expected) => {
    expect(formatEstimate(estimate, locale, 'undefined')).toBe(expected);
  });
});
