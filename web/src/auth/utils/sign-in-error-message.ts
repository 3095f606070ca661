import type { TFunction } from 'i18next';
import { ApiError } from '../../api/api-error';

/** Clear words for the failures a person signing in can act on; the server's message otherwise. */
export function signInErrorMessage(error: unknown, t: TFunction<['auth', 'common']>): string {
  if (!(error instanceof ApiError)) return t('common:errors.unexpected');
  // Only this code: a disabled account (ACCOUNT_DISABLED) has its own, clearer message from the server.
  if (error.code === 'INVALID_CREDENTIALS') return t('auth:signIn.errors.invalidCredentials');
  if (error.code === 'TOO_MANY_REQUESTS' || error.status === 429) {
    const seconds = error.retryAfterSeconds;
    if (seconds === undefined) return t('auth:signIn.errors.tooManyAttempts');
    return t('auth:signIn.errors.tooManyAttemptsWait', { minutes: Math.max(1, Math.ceil(seconds / 60)) });
  }
  return error.message;
}
