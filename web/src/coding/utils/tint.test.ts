import { describe, expect, it } from 'vitest';
import { tint } from './tint';

describe(tint.name, () => {
  it('adds an alpha channel to a hex colour', () => {
    expect(tint('#336699', 0.2)).toBe('#33669933');
  });

  it('falls back to the primary colour for anything else', () => {
    expect(tint('red')).toBe('rgb(11 79 124 / 20%)');
  });
});
