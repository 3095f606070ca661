/** How many codes the number keys 1–9 reach. */
export const QUICK_CODE_COUNT = 9;

/** The codes on keys 1–9: pinned ones first, then the most recently used, each once, existing only. */
export function quickCodes(pinned: readonly string[], recent: readonly string[], existing: ReadonlySet<string>): string[] {
  const result: string[] = [];
  for (const id of [...pinned, ...recent]) {
    if (result.length === QUICK_CODE_COUNT) break;
    if (existing.has(id) && !result.includes(id)) result.push(id);
  }
  return result;
}
