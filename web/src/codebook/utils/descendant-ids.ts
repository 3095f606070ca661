import type { Code } from '../api/code';

/** The ids of every code below `id` (not `id` itself): a code cannot move or merge into these. */
export function descendantIds(codes: readonly Code[], id: string): Set<string> {
  const found = new Set<string>();
  const queue = [id];
  while (queue.length > 0) {
    const parent = queue.shift();
    for (const code of codes) {
      if (code.parentId === parent && !found.has(code.id) && code.id !== id) {
        found.add(code.id);
        queue.push(code.id);
      }
    }
  }
  return found;
}
