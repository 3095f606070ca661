import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/api-error';
import { signInErrorMessage } from './sign-in-error-message';

// Echoes the key and options, so the test sees which message was chosen.
const t = ((key: string, options?: Record<string, unknown>) =>
  options ? `${key} ${JSON.stringify(options)}` : key) as unknown as TFunction<['auth', 'common']>;

describe(signInErrorMessage.name, () => {
  it('explains wrong credentials in the client’s own words', () => {
    expect(signInErrorMessage(new ApiError('INVALID_CREDENTIALS', 'server text', 401), t)).toBe(
      'auth:signIn.errors.invalidCredentials',
    );
  });

  it('says how long to wait when the server sent Retry-After, rounded up to whole minutes', () => {
    expect(signInErrorMessage(new ApiError('TOO_MANY_REQUESTS', 'x', 429, undefined, 61), t)).toBe(
      'auth:signIn.errors.tooManyAttemptsWait {"minutes":2}',
    );
    expect(signInErrorMessage(new ApiError('TOO_MANY_REQUESTS', 'x', 429, undefined, 5), t)).toBe(
      'auth:signIn.errors.tooManyAttemptsWait {"minutes":1}',
    );
  });

  it('asks to wait a few minutes when the server did not say how long', () => {
    expect(signInErrorMessage(new ApiError('TOO_MANY_REQUESTS', 'x', 429), t)).toBe('auth:signIn.errors.tooManyAttempts');
  });

  it('shows the server’s localized message for any other code, e.g. a disabled account', () => {
    expect(signInErrorMessage(new ApiError('ACCOUNT_DISABLED', 'Dieses Konto ist deaktiviert.', 403), t)).toBe(
      'Dieses Konto ist deaktiviert.',
    );
  });

  it('falls back to a generic message for errors that are not from the API', () => {
    expect(signInErrorMessage(new Error('boom'), t)).toBe('common:errors.unexpected');
  });
});
