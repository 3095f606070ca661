import { describe, expect, it } from 'vitest';
import { CooccurrenceInputError } from './cooccurrence-input-error.js';

describe(CooccurrenceInputError.name, () => {
  it('returns an Error with its code, name and params when constructed', () => {
    const error = new CooccurrenceInputError('COOCCURRENCE_INVALID_RANGE', 'bad range', { start: 4, end: 2 });
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({ name: 'CooccurrenceInputError', code: 'COOCCURRENCE_INVALID_RANGE', params: { start: 4, end: 2 } });
  });
});
