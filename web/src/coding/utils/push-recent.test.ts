import { describe, expect, it } from 'vitest';
import { pushRecent } from './push-recent';

describe(pushRecent.name, () => {
  it('moves a used code to the front without duplicates', () => {
    expect(pushRecent(['a', 'b', 'c'], 'c')).toEqual(['c', 'a', 'b']);
  });

  it('keeps the list within the limit', () => {
    expect(pushRecent(['a', 'b'], 'z', 2)).toEqual(['z', 'a']);
  });
});
