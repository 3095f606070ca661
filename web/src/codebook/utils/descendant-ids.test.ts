import { describe, expect, it } from 'vitest';
import { code } from './test-support';
import { descendantIds } from './descendant-ids';

describe(descendantIds.name, () => {
  it('collects children and grandchildren, not the code itself or its siblings', () => {
    const codes = [code('a', null, 'A'), code('b', 'a', 'B'), code('c', 'b', 'C'), code('d', null, 'D')];
    expect([...descendantIds(codes, 'a')].sort()).toEqual(['b', 'c']);
    expect(descendantIds(codes, 'd').size).toBe(0);
  });

  it('stops on a cycle', () => {
    expect([...descendantIds([code('a', 'b', 'A'), code('b', 'a', 'B')], 'a')]).toEqual(['b']);
  });
});
