/**
 * Replacements that cannot be applied. Meant to be added to the API's error codes (suggested
 * status 422 for both); `params` fill the localized message `errors.<CODE>`.
 */
export type PseudonymizationErrorCode = 'TRANSCRIPT_REPLACEMENTS_OVERLAP' | 'TRANSCRIPT_REPLACEMENT_OUT_OF_RANGE';

export class PseudonymizationError extends Error {
  override readonly name = 'PseudonymizationError';

  constructor(
    readonly code: PseudonymizationErrorCode,
    readonly params: Record<string, string | number>,
  ) {
    super(code);
  }
}
