/**
 * Every way co-occurrence input can be malformed. The codes follow the API's UPPER_SNAKE error codes,
 * so the API can map each to an `errors.<CODE>` message in the caller's language.
 */
export const COOCCURRENCE_INPUT_ERROR_CODES = ['COOCCURRENCE_INVALID_RANGE'] as const;

export type CooccurrenceInputErrorCode = (typeof COOCCURRENCE_INPUT_ERROR_CODES)[number];

/** Thrown for input of the wrong shape; `params` name what was wrong, for the localized message. */
export class CooccurrenceInputError extends Error {
  override readonly name = 'CooccurrenceInputError';

  constructor(
    readonly code: CooccurrenceInputErrorCode,
    message: string,
    readonly params: Readonly<Record<string, string | number>> = {},
  ) {
    super(message);
  }
}
