import { describe, expect, it } from 'vitest';
import { formatMediaTime } from './format-media-time';

describe(formatMediaTime.name, () => {
  it.each([
    [0, '0:00'],
    [7.9, '0:07'],
    [65, '1:05'],
    [3600, '1:00:00'],
    [3725.4, '1:02:05'],
    [-3, '0:00'],
  ])('formats %s seconds as %s', (seconds, expected) => {
    expect(formatMediaTime(seconds)).toBe(expected);
  });
});
