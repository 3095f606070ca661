import { currentLanguage } from '../app/current-language';
import { i18n } from '../app/i18n';
import { ApiError } from './api-error';
import { isErrorEnvelope } from './is-error-envelope';
import { readCookie } from './read-cookie';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

const CSRF_COOKIE = 'polyphony_csrf';
const CSRF_HEADER = 'x-csrf-token';

async function request<T>(method: Method, path: string, body?: unknown): Promise<T> {
  const headers = new Headers({ Accept: 'application/json', 'Accept-Language': currentLanguage() });
  if (body !== undefined) headers.set('Content-Type', 'application/json');
  if (method !== 'GET') {
    // Double-submit token: the session cookie alone must never be enough to change anything.
    const csrf = readCookie(CSRF_COOKIE);
    if (csrf) headers.set(CSRF_HEADER, csrf);
  }

  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError('NETWORK_ERROR', i18n.t('common:errors.network'), 0);
  }

  if (response.status === 204) return undefined as T;
  const payload = await readJson(response);
  if (response.ok) return payload as T;

  if (isErrorEnvelope(payload)) {
    const { code, message, details } = payload.error;
    throw new ApiError(code, message, response.status, details, retryAfter(response));
  }
  throw new ApiError('UNEXPECTED_RESPONSE', i18n.t('common:errors.unexpected'), response.status);
}

async function readJson(response: Response): Promise<unknown> {
  if (!response.headers.get('content-type')?.includes('json')) return undefined;
  try {
    return await response.json();
  } catch {
    return undefined;
  }
}

function retryAfter(response: Response): number | undefined {
  const header = response.headers.get('retry-after');
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds);
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.round((date - Date.now()) / 1000));
}

/**
 * The one way the web app talks to the API: JSON both ways, same-origin cookies, the CSRF header on
 * every write, the reader's language in Accept-Language, and failures as `ApiError`.
 */
export const apiClient = {
  get: <T>(path: string) => request<T>('GET', path),
  post: <T>(path: string, body?: unknown) => request<T>('POST', path, body),
  put: <T>(path: string, body?: unknown) => request<T>('PUT', path, body),
  patch: <T>(path: string, body?: unknown) => request<T>('PATCH', path, body),
  delete: <T>(path: string) => request<T>('DELETE', path),
};
