import { describe, expect, it } from 'vitest';
import type { CodePairCooccurrence } from '../api/cooccurrence-api';
import { sortPairs } from './sort-pairs';

const pair = (codeA: string, codeB: string, n12: number, c: number): CodePairCooccurrence => ({ codeA, codeB, n1: 5, n2: 5, n12, c, inflated: false });
const pairs = [pair('a', 'b', 2, 0.25), pair('a', 'c', 5, 0.2), pair('b', 'c', 2, 0.5)];
const labels: Record<string, string> = { a: 'Zu teuer', b: 'Angst', c: 'Haftung' };
const label = (id: string) => labels[id]!;
const keys = (sorted: CodePairCooccurrence[]) => sorted.map((p) => `${p.codeA}${p.codeB}`);

describe(sortPairs.name, () => {
  it('sorts by count, ties by the names the reader sees', () => {
    expect(keys(sortPairs(pairs, 'n12', 'desc', label))).toEqual(['ac', 'bc', 'ab']);
    expect(keys(sortPairs(pairs, 'n12', 'asc', label))).toEqual(['bc', 'ab', 'ac']);
  });

  it('sorts by c-coefficient', () => {
    expect(keys(sortPairs(pairs, 'c', 'desc', label))).toEqual(['bc', 'ab', 'ac']);
  });

  it('sorts by the code names as the reader sees them, not by id', () => {
    expect(keys(sortPairs(pairs, 'codeA', 'asc', label))).toEqual(['bc', 'ac', 'ab']);
    expect(keys(sortPairs(pairs, 'codeB', 'asc', label))).toEqual(['ab', 'ac', 'bc']);
  });

  it('does not change its input', () => {
    const copy = [...pairs];
    sortPairs(pairs, 'c', 'asc', label);
    expect(pairs).toEqual(copy);
  });
});
