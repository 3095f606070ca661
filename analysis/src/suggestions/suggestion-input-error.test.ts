import { describe, expect, it } from 'vitest';
import { SuggestionInputError } from './suggestion-input-error.js';

describe(SuggestionInputError.name, () => {
  it('returns an Error with its code, name and params when constructed', () => {
    const error = new SuggestionInputError('SUGGESTION_INVALID_OPTION', 'invalid folds: 1', { option: 'folds', value: 1 });
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({ name: 'SuggestionInputError', code: 'SUGGESTION_INVALID_OPTION', params: { option: 'folds', value: 1 } });
  });
});
