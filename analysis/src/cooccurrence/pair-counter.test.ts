import { describe, expect, it } from 'vitest';
import { compareIds, PairCounter } from './pair-counter.js';

describe(PairCounter.name, () => {
  it('returns empty codes and pairs when nothing was counted', () => {
    expect(new PairCounter().table('passage')).toEqual({ unit: 'passage', codes: [], pairs: [] });
  });

  it('returns each pair once in id order when it was added in both orders', () => {
    const counter = new PairCounter();
    for (const code of ['b', 'a', 'a']) counter.addCode(code);
    counter.addPair('b', 'a');
    counter.addPair('a', 'b');
    counter.addPair('a', 'a');
    expect(counter.table('segment')).toEqual({
      unit: 'segment',
      codes: [
        { codeId: 'a', count: 2 },
        { codeId: 'b', count: 1 },
      ],
      pairs: [{ codeA: 'a', codeB: 'b', n1: 2, n2: 1, n12: 2, c: 2, inflated: true }],
    });
  });
});

describe(compareIds.name, () => {
  it('returns code-point order when ids contain accents', () => {
    expect(['é', 'z', 'a'].sort(compareIds)).toEqual(['a', 'z', 'é']);
  });
});
