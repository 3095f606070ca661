/** The API's error envelope: `{"error": {"code", "message", "details"}}`. */
export interface ErrorEnvelope {
  error: { code: string; message: string; details?: unknown };
}

/** Codes the client itself produces when no envelope arrived. */
export type ClientErrorCode = 'NETWORK_ERROR' | 'UNEXPECTED_RESPONSE';

/**
 * A failed API call. `message` is already in the reader's language: the server localizes it from
 * the Accept-Language header the client sends; client-made codes carry a message from common.json.
 */
export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    readonly code: string,
    message: string,
    readonly status: number,
    readonly details?: unknown,
    /** Seconds to wait before trying again, when the server said so (429). */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
  }

  /** The localized messages of validation issues in `details`, if there are any. */
  get issueMessages(): string[] {
    const issues = (this.details as { issues?: unknown } | undefined)?.issues;
    if (!Array.isArray(issues)) return [];
    return issues
      .map((issue: unknown) => (issue as { message?: unknown }).message)
      .filter((message): message is string => typeof message === 'string' && message.length > 0);
  }
}
