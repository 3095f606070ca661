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
  INSTRUMENT_INVALID: 422,
  INSTRUMENT_KEY_TAKEN: 409,
  INSTRUMENT_NOT_FOR_GROUP: 409,
  TRANSLATIONS_INCOMPLETE: 422,
  TRANSLATION_FILE_INVALID: 400,
  VERSION_NOT_DRAFT: 409,
  VERSION_NOT_PUBLISHED: 409,
  STALE_REVISION: 409,
  RESPONSE_INVALID: 422,
  RESPONSE_COMPLETED: 409,
  RESPONSE_MISMATCH: 409,
  SURVEY_TOKEN_INVALID: 401,
  PIN_INCORRECT: 403,
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
