import type { HttpStatus } from '@nestjs/common';

/**
 * Every error code the API can answer with, and its HTTP status. Each code has a message in
 * locales/<lng>/errors.json (a test checks that), rendered in the caller's language.
 */
export const ERROR_STATUS = {
  BAD_REQUEST: 400,
  VALIDATION_FAILED: 400,
  MALFORMED_JSON: 400,
  UNAUTHENTICATED: 401,
  INVALID_CREDENTIALS: 401,
  ACCOUNT_DISABLED: 403,
  CSRF_FAILED: 403,
  WEAK_PASSWORD: 400,
  INVITATION_INVALID: 404,
  EMAIL_TAKEN: 409,
  PARTICIPANT_WITHDRAWN: 409,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  ROUTE_NOT_FOUND: 404,
  METHOD_NOT_ALLOWED: 405,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  URI_TOO_LONG: 414,
  UNSUPPORTED_MEDIA_TYPE: 415,
  TOO_MANY_REQUESTS: 429,
  INTERNAL: 500,
  SERVICE_UNAVAILABLE: 503,
} as const satisfies Record<string, HttpStatus | number>;

export type ErrorCode = keyof typeof ERROR_STATUS;

export function isErrorCode(value: string): value is ErrorCode {
  return Object.hasOwn(ERROR_STATUS, value);
}
