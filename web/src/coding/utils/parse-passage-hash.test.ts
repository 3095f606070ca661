import { describe, expect, it } from 'vitest';
import { parsePassageHash } from './parse-passage-hash';
import { passageHash } from './passage-hash';

describe(parsePassageHash.name, () => {
  it('reads start and end', () => {
    expect(parsePassageHash('#start=12&end=30')).toEqual({ start: 12, end: 30 });
  });

  it('reads a start alone', () => {
    expect(parsePassageHash(passageHash(7))).toEqual({ start: 7, end: null });
  });

  it('ignores an end before the start', () => {
    expect(parsePassageHash('#start=12&end=3')).toEqual({ start: 12, end: null });
  });

  it.each(['', '#', '#start=', '#start=-1', '#start=1.5', '#end=4', '#start=abc'])('returns null for %j', (hash) => {
    expect(parsePassageHash(hash)).toBeNull();
  });

  it('round-trips with passageHash', () => {
    expect(parsePassageHash(passageHash(3, 9))).toEqual({ start: 3, end: 9 });
  });
});
