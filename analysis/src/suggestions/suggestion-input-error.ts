/**
 * Every way suggestion input can be malformed. The codes follow the API's UPPER_SNAKE error codes,
 * so the API can map each to an `errors.<CODE>` message in the caller's language.
 */
export const SUGGESTION_INPUT_ERROR_CODES = ['SUGGESTION_INVALID_OPTION'] as const;

export type SuggestionInputErrorCode = (typeof SUGGESTION_INPUT_ERROR_CODES)[number];

/** Thrown for input of the wrong shape; `params` name what was wrong, for the localized message. */
export class SuggestionInputError extends Error {
  override readonly name = 'SuggestionInputError';

  constructor(
    readonly code: SuggestionInputErrorCode,
    message: string,
    readonly params: Readonly<Record<string, string | number>> = {},
  ) {
    super(message);
  }
}
