/**
 * Why a file could not become a transcript. The codes are meant to be added to the API's error
 * codes (suggested statuses: EMPTY 422, BINARY 415, TOO_LARGE 413, UNREADABLE 422,
 * UNSUPPORTED_FORMAT 415); `params` fill the localized message `errors.<CODE>`.
 */
export type TranscriptImportErrorCode =
  | 'TRANSCRIPT_EMPTY'
  | 'TRANSCRIPT_BINARY'
  | 'TRANSCRIPT_TOO_LARGE'
  | 'TRANSCRIPT_UNREADABLE'
  | 'TRANSCRIPT_UNSUPPORTED_FORMAT';

export type TranscriptImportErrorParams = Record<string, string | number>;

export class TranscriptImportError extends Error {
  override readonly name = 'TranscriptImportError';

  constructor(
    readonly code: TranscriptImportErrorCode,
    readonly params: TranscriptImportErrorParams = {},
    options?: { cause?: unknown },
  ) {
    super(code, options);
  }
}
