/**
 * Every way agreement input can be malformed. The codes follow the API's UPPER_SNAKE error codes,
 * so the API can map each to an `errors.<CODE>` message in the caller's language.
 */
export const AGREEMENT_INPUT_ERROR_CODES = [
  'AGREEMENT_LENGTH_MISMATCH',
  'AGREEMENT_RAGGED_MATRIX',
  'AGREEMENT_INVALID_COUNT',
  'AGREEMENT_UNEQUAL_RATER_TOTALS',
  'AGREEMENT_INVALID_VALUE',
  'AGREEMENT_NON_NUMERIC_VALUE',
  'AGREEMENT_NEGATIVE_RATIO_VALUE',
  'AGREEMENT_INVALID_LEVEL',
  'AGREEMENT_INVALID_OPTION',
  'AGREEMENT_DUPLICATE_ID',
  'AGREEMENT_UNKNOWN_ID',
  'AGREEMENT_INVALID_RANGE',
] as const;

export type AgreementInputErrorCode = (typeof AGREEMENT_INPUT_ERROR_CODES)[number];

/**
 * Thrown for input of the wrong shape (never for data that merely leave a coefficient undefined:
 * those give NaN). `params` name what was wrong, for the localized message.
 */
export class AgreementInputError extends Error {
  override readonly name = 'AgreementInputError';

  constructor(
    readonly code: AgreementInputErrorCode,
    message: string,
    readonly params: Readonly<Record<string, string | number>> = {},
  ) {
    super(message);
  }
}
