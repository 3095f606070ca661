import type { Code } from '../api/code';
import type { CodeNode } from './code-node';

export interface CodeRow {
  code: Code;
  depth: number;
  hasChildren: boolean;
  expanded: boolean;
}

/** The visible rows of a tree in reading order; `expanded` null means every node is open. */
export function flattenCodeTree(nodes: readonly CodeNode[], expanded: ReadonlySet<string> | null = null): CodeRow[] {
  const rows: CodeRow[] = [];
  const walk = (list: readonly CodeNode[]) => {
    for (const node of list) {
      const open = expanded === null || expanded.has(node.code.id);
      rows.push({ code: node.code, depth: node.depth, hasChildren: node.children.length > 0, expanded: open });
      if (open) walk(node.children);
    }
  };
  walk(nodes);
  return rows;
}
