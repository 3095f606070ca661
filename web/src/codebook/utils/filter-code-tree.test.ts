import { describe, expect, it } from 'vitest';
import { buildCodeTree } from './build-code-tree';
import { code } from './test-support';
import { filterCodeTree } from './filter-code-tree';
import { flattenCodeTree } from './flatten-code-tree';

const tree = buildCodeTree(
  [code('trust', null, 'Trust', 'Vertrouwen'), code('explained', 'trust', 'Explainability', 'Uitlegbaarheid'), code('cost', null, 'Cost')],
  'en',
);
const ids = (query: string) => flattenCodeTree(filterCodeTree(tree, query)).map((row) => row.code.id);

describe(filterCodeTree.name, () => {
  it('keeps everything for an empty query', () => {
    expect(ids('  ')).toEqual(['cost', 'trust', 'explained']);
  });

  it('finds a child by a name in another language and keeps its parent', () => {
    expect(ids('uitleg')).toEqual(['trust', 'explained']);
  });

  it('ignores case and accents', () => {
    expect(ids('VERTRÓUW')).toEqual(['trust']);
  });

  it('finds nothing when nothing matches', () => {
    expect(ids('zzz')).toEqual([]);
  });
});

describe(flattenCodeTree.name, () => {
  it('hides the children of collapsed nodes', () => {
    expect(flattenCodeTree(tree, new Set()).map((row) => [row.code.id, row.hasChildren, row.expanded])).toEqual([
      ['cost', false, false],
      ['trust', true, false],
    ]);
  });
});
