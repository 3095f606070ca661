import { describe, expect, it } from 'vitest';
import { changedFields } from './changed-fields';

describe(changedFields.name, () => {
  it('lists fields that differ, ignoring the revision', () => {
    expect(changedFields({ name: { en: 'A' }, color: '#000000', revision: 1 }, { name: { en: 'B' }, color: '#000000', revision: 2 })).toEqual(['name']);
  });

  it('returns nothing when a side is missing', () => {
    expect(changedFields(null, { name: {} })).toEqual([]);
  });
});
