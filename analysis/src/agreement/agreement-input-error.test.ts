import { describe, expect, it } from 'vitest';
import { AGREEMENT_INPUT_ERROR_CODES, AgreementInputError } from './agreement-input-error.js';

describe(AgreementInputError.name, () => {
  it('returns its code, params and a readable message when constructed', () => {
    const error = new AgreementInputError('AGREEMENT_LENGTH_MISMATCH', 'a has 2 values, b has 3', { first: 2, second: 3 });
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('AgreementInputError');
    expect(error.code).toBe('AGREEMENT_LENGTH_MISMATCH');
    expect(error.params).toEqual({ first: 2, second: 3 });
    expect(error.message).toBe('a has 2 values, b has 3');
  });

  it('returns only unique UPPER_SNAKE codes when the API maps them to i18n keys', () => {
    expect(new Set(AGREEMENT_INPUT_ERROR_CODES).size).toBe(AGREEMENT_INPUT_ERROR_CODES.length);
    for (const code of AGREEMENT_INPUT_ERROR_CODES) expect(code).toMatch(/^AGREEMENT_[A-Z_]+$/);
  });
});
