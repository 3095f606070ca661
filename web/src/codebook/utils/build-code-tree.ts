import type { Code } from '../api/code';
import { codeName } from './code-name';
import type { CodeNode } from './code-node';

/**
 * The codebook as a forest, siblings sorted by name in the reader's language. A code whose parent
 * is missing (merged away meanwhile) shows as a root rather than disappearing.
 */
export function buildCodeTree(codes: readonly Code[], language: string): CodeNode[] {
  const ids = new Set(codes.map((code) => code.id));
  const children = new Map<string | null, Code[]>();
  for (const code of codes) {
    const parent = code.parentId && ids.has(code.parentId) && code.parentId !== code.id ? code.parentId : null;
    const siblings = children.get(parent);
    if (siblings) siblings.push(code);
    else children.set(parent, [code]);
  }
  const collator = new Intl.Collator(language, { sensitivity: 'base', numeric: true });
  const seen = new Set<string>();
  const build = (parent: string | null, depth: number): CodeNode[] =>
    (children.get(parent) ?? [])
      .filter((code) => !seen.has(code.id))
      .sort((a, b) => collator.compare(codeName(a, language), codeName(b, language)))
      .map((code) => {
        // Guards against a cycle in bad data: every code appears once.
        seen.add(code.id);
        return { code, depth, children: build(code.id, depth + 1) };
      });
  return build(null, 0);
}
