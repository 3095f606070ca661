import type { CandidateGroup } from './candidate-group';

/** The next free numbered placeholder such as [NAME-4], after the highest one in use. */
export function nextPlaceholder(groups: readonly CandidateGroup[], prefix = 'NAME'): string {
  const pattern = new RegExp(`^\\[${prefix}-(\\d+)\\]$`);
  const highest = groups.reduce((max, group) => {
    const match = pattern.exec(group.placeholder.trim());
    return match ? Math.max(max, Number(match[1])) : max;
  }, 0);
  return `[${prefix}-${highest + 1}]`;
}
