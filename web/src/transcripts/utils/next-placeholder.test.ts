import { describe, expect, it } from 'vitest';
import type { CandidateGroup } from './candidate-group';
import { nextPlaceholder } from './next-placeholder';

const group = (placeholder: string): CandidateGroup => ({ text: 'x', kind: 'name', placeholder, checked: true, occurrences: [], manual: false });

describe(nextPlaceholder.name, () => {
  it('starts at 1', () => {
    expect(nextPlaceholder([])).toBe('[NAME-1]');
  });

  it('follows the highest number in use', () => {
    expect(nextPlaceholder([group('[NAME-2]'), group('[NAME-7]'), group('[DATE]')])).toBe('[NAME-8]');
  });
});
