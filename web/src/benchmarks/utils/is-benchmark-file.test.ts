import { describe, expect, it } from 'vitest';
import { isBenchmarkFile } from './is-benchmark-file';

describe(isBenchmarkFile.name, () => {
  it.each([
    ['results.csv', true],
    ['Results.XLSX', true],
    ['rows.json', true],
    ['old.xls', false],
    ['notes.txt', false],
  ])('%s → %s', (name, expected) => expect(isBenchmarkFile(name)).toBe(expected));
});
