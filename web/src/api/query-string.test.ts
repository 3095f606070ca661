import { describe, expect, it } from 'vitest';
import { queryString } from './query-string';

describe(queryString.name, () => {
  it('returns an empty string when no parameter has a value', () => {
    expect(queryString({})).toBe('');
    expect(queryString({ search: '', group: undefined, center: null })).toBe('');
  });

  it('leaves out empty parameters and keeps zero', () => {
    expect(queryString({ search: 'UKM', group: '', page: 0 })).toBe('?search=UKM&page=0');
  });

  it('encodes values', () => {
    expect(queryString({ from: '2025-03-01T00:00:00.000Z', q: 'a b&c' })).toBe(
      '?from=2025-03-01T00%3A00%3A00.000Z&q=a+b%26c',
    );
  });
});
