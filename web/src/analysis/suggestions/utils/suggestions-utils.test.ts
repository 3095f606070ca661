import { describe, expect, it } from 'vitest';
import { formatMetric } from './format-metric';
import { focusAfterRemoval, nextFocusIndex } from './next-focus-index';
import { qualityRows } from './quality-rows';

describe(formatMetric.name, () => {
  it.each([
    { name: 'a share as percent', value: 0.8333, expected: '83%' },
    { name: 'zero', value: 0, expected: '0%' },
    { name: 'null (no codes)', value: null, expected: '–' },
    { name: 'NaN', value: Number.NaN, expected: '–' },
  ])('formats $name', ({ value, expected }) => expect(formatMetric(value, 'en')).toBe(expected));
});

describe(nextFocusIndex.name, () => {
  it.each([
    { key: 'ArrowDown', current: 0, length: 3, expected: 1 },
    { key: 'j', current: 2, length: 3, expected: 2 },
    { key: 'ArrowUp', current: 0, length: 3, expected: 0 },
    { key: 'k', current: 2, length: 3, expected: 1 },
    { key: 'Home', current: 2, length: 3, expected: 0 },
    { key: 'End', current: 0, length: 3, expected: 2 },
    { key: 'a', current: 0, length: 3, expected: null },
    { key: 'ArrowDown', current: 0, length: 0, expected: null },
  ])('$key from $current of $length → $expected', ({ key, current, length, expected }) => expect(nextFocusIndex(key, current, length)).toBe(expected));
});

describe(focusAfterRemoval.name, () => {
  it.each([
    { name: 'the next item takes the place', removed: 1, length: 3, expected: 1 },
    { name: 'the last item removed: the one before', removed: 2, length: 3, expected: 1 },
    { name: 'the only item removed: nothing left', removed: 0, length: 1, expected: null },
  ])('$name', ({ removed, length, expected }) => expect(focusAfterRemoval(removed, length)).toBe(expected));
});

describe(qualityRows.name, () => {
  it('names codes, flags few examples and puts the best supported first', () => {
    const metrics = (codeId: string, support: number) => ({ codeId, support, predicted: 1, truePositives: 1, precision: 1, recall: 1, f1: 1 });
    const rows = qualityRows([metrics('a', 3), metrics('b', 12), metrics('c', 12)], (id) => ({ a: 'Cost', b: 'Trust', c: 'Accuracy' })[id] ?? id);
    expect(rows.map((row) => [row.name, row.fewExamples])).toEqual([
      ['Accuracy', false],
      ['Trust', false],
      ['Cost', true],
    ]);
  });
});
