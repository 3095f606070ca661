import { ApiError } from '../../api/api-error';
import { isErrorEnvelope } from '../../api/is-error-envelope';
import type { Language } from '../../app/languages';
import type { ResponseWrite, SaveResult, SurveySession } from './survey-session';

/** The header that carries the participant's token; the participant device never uses cookies. */
export const SURVEY_TOKEN_HEADER = 'x-survey-token';

type Method = 'GET' | 'POST' | 'PUT';

async function request<T>(token: string, language: Language, method: Method, path: string, body?: unknown): Promise<T> {
  const headers = new Headers({ Accept: 'application/json', 'Accept-Language': language, [SURVEY_TOKEN_HEADER]: token });
  if (body !== undefined) headers.set('Content-Type', 'application/json');
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      // The token is the only credential: no staff cookie may ride along on a shared tablet.
      credentials: 'omit',
      // Answers travel both ways; no HTTP cache (browser or service worker) may keep them.
      cache: 'no-store',
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    // The screens show their own calm text for this; the message is for logs only.
    throw new ApiError('NETWORK_ERROR', 'network error', 0);
  }
  if (response.status === 204) return undefined as T;
  const payload = await readJson(response);
  if (response.ok) return payload as T;
  if (isErrorEnvelope(payload)) throw new ApiError(payload.error.code, payload.error.message, response.status, payload.error.details);
  throw new ApiError('UNEXPECTED_RESPONSE', `unexpected answer ${response.status}`, response.status);
}

async function readJson(response: Response): Promise<unknown> {
  if (!response.headers.get('content-type')?.includes('json')) return undefined;
  try {
    return await response.json();
  } catch {
    return undefined;
  }
}

/** The participant device's calls, each authorised by the survey token alone. */
export const surveyApi = {
  session: (token: string, language: Language) => request<SurveySession>(token, language, 'GET', '/api/survey-session'),
  consent: (token: string, language: Language, version: string) =>
    request<undefined>(token, language, 'POST', '/api/survey-session/consent', { version, language }),
  unlock: (token: string, language: Language, pin: string) =>
    request<undefined>(token, language, 'POST', '/api/survey-session/unlock', { pin }),
  saveResponse: (token: string, responseId: string, body: ResponseWrite) =>
    request<SaveResult>(token, body.language, 'PUT', `/api/responses/${encodeURIComponent(responseId)}`, body),
};
