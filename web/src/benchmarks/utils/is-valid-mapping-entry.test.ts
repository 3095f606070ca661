import { describe, expect, it } from 'vitest';
import { isValidMappingEntry, typedNumber } from './is-valid-mapping-entry';

describe(isValidMappingEntry.name, () => {
  it.each([
    ['higher', '0.5', '1', '0.25', true],
    ['higher', '1', '0.5', '0.25', false],
    ['lower', '20', '0', '1', true],
    ['lower', '0', '20', '1', false],
    ['higher', '0,5', '1', '1', true],
    ['higher', '0', '1', '-1', false],
    ['higher', '', '1', '1', false],
    ['higher', 'x', '1', '1', false],
  ] as const)('%s worst=%s best=%s weight=%s → %s', (direction, worst, best, weight, expected) => expect(isValidMappingEntry(direction, worst, best, weight)).toBe(expected));
  it('reads decimal commas', () => expect(typedNumber(' 0,75 ')).toBe(0.75));
});
