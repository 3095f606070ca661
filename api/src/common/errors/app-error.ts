import { ERROR_STATUS, type ErrorCode } from './error-codes.js';

/**
 * The one way domain code reports a failure a caller should see. Feature exceptions extend it
 * (or use it directly) with a code; the global filter turns it into the localized envelope.
 * `params` fill the message template; `details` are returned as data (e.g. which field failed).
 */
export class AppError extends Error {
  readonly status: number;

  constructor(
    readonly code: ErrorCode,
    readonly params: Record<string, string | number> = {},
    readonly details?: unknown,
  ) {
    super(code);
    this.status = ERROR_STATUS[code];
  }
}
