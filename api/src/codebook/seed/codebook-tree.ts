import { CODE_KEY_PATTERN } from './codebook-types.js';

/** The part of a code the tree checks look at. */
export interface TreeNode {
  key: string;
  parentKey: string | null;
}

/**
 * Everything that keeps a list of codes from being one forest: malformed or duplicate keys,
 * parents that do not exist, and cycles. An empty list means the codes form a valid tree.
 */
export function findTreeProblems(codes: readonly TreeNode[]): string[] {
  const problems: string[] = [];
  const keys = new Set<string>();
  for (const code of codes) {
    if (!CODE_KEY_PATTERN.test(code.key)) problems.push(`key "${code.key}" is not kebab-case`);
    if (keys.has(code.key)) problems.push(`key "${code.key}" is used more than once`);
    keys.add(code.key);
  }
  const parentOf = new Map(codes.map((code) => [code.key, code.parentKey]));
  for (const code of codes) {
    if (code.parentKey === null) continue;
    if (!keys.has(code.parentKey)) {
      problems.push(`"${code.key}" has parent "${code.parentKey}", which does not exist`);
      continue;
    }
    // Walk up; a chain longer than the number of codes, or one that returns to the start, is a cycle.
    let current: string | null = code.parentKey;
    for (let steps = 0; current !== null; steps += 1) {
      if (current === code.key || steps > codes.length) {
        problems.push(`"${code.key}" is its own ancestor`);
        break;
      }
      current = parentOf.get(current) ?? null;
    }
  }
  return problems;
}

/** The codes grouped by parent key (`null` for the roots), each group in input order. */
export function childrenByParent<T extends TreeNode>(codes: readonly T[]): Map<string | null, T[]> {
  const children = new Map<string | null, T[]>();
  for (const code of codes) {
    const siblings = children.get(code.parentKey);
    if (siblings) siblings.push(code);
    else children.set(code.parentKey, [code]);
  }
  return children;
}
