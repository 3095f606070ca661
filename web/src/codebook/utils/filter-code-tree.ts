import { LANGUAGES } from '../../app/languages';
import type { CodeNode } from './code-node';
import { foldText } from './fold-text';

/**
 * The nodes whose name (in any language) or key contains the query, with their ancestors so the
 * tree still reads as a tree; an empty query keeps everything.
 */
export function filterCodeTree(nodes: readonly CodeNode[], query: string): CodeNode[] {
  const needle = foldText(query.trim());
  if (!needle) return [...nodes];
  const matches = (node: CodeNode) =>
    [node.code.key, ...LANGUAGES.map((language) => node.code.name[language] ?? '')].some((text) => foldText(text).includes(needle));
  const keep = (list: readonly CodeNode[]): CodeNode[] =>
    list.flatMap((node) => {
      const children = keep(node.children);
      return matches(node) || children.length > 0 ? [{ ...node, children }] : [];
    });
  return keep(nodes);
}
