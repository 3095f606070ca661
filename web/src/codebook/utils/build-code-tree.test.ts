import { describe, expect, it } from 'vitest';
import { buildCodeTree } from './build-code-tree';
import type { CodeNode } from './code-node';
import { code } from './test-support';

const shape = (nodes: CodeNode[]): unknown => nodes.map((node) => [node.code.id, node.depth, shape(node.children)]);

describe(buildCodeTree.name, () => {
  it('returns nothing for an empty codebook', () => {
    expect(buildCodeTree([], 'en')).toEqual([]);
  });

  it('nests children under parents and sorts siblings by name in the language', () => {
    const codes = [code('b', null, 'Trust', 'Vertrouwen'), code('a', null, 'Cost', 'Kosten'), code('c', 'b', 'Explained')];
    expect(shape(buildCodeTree(codes, 'en'))).toEqual([['a', 0, []], ['b', 0, [['c', 1, []]]]]);
    expect(shape(buildCodeTree(codes, 'nl'))).toEqual([['a', 0, []], ['b', 0, [['c', 1, []]]]]);
  });

  it('shows a code whose parent is gone as a root', () => {
    expect(shape(buildCodeTree([code('x', 'missing', 'Orphan')], 'en'))).toEqual([['x', 0, []]]);
  });

  it('survives a cycle in bad data', () => {
    const nodes = buildCodeTree([code('a', 'b', 'A'), code('b', 'a', 'B'), code('r', null, 'Root')], 'en');
    expect(shape(nodes)).toEqual([['r', 0, []]]);
  });
});
