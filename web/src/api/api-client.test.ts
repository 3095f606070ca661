import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { apiClient } from './api-client';
import { ApiError } from './api-error';

function jsonResponse(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });
}

describe('apiClient', () => {
  const fetchMock = vi.fn<typeof fetch>();

  beforeEach(() => {
    vi.stubGlobal('fetch', fetchMock);
    vi.stubGlobal('document', { cookie: 'polyphony_csrf=token-123', documentElement: { lang: 'en' } });
  });

  afterEach(() => {
    fetchMock.mockReset();
    vi.unstubAllGlobals();
  });

  it('sends JSON with same-origin credentials, the language and the CSRF token on writes', async () => {
    fetchMock.mockResolvedValue(jsonResponse(201, { id: 'p1' }));
    await expect(apiClient.post('/api/participants', { group: 'patient' })).resolves.toEqual({ id: 'p1' });
    const [path, init] = fetchMock.mock.calls[0] ?? [];
    const headers = new Headers(init?.headers);
    expect(path).toBe('/api/participants');
    expect(init?.credentials).toBe('same-origin');
    expect(init?.body).toBe('{"group":"patient"}');
    expect(headers.get('content-type')).toBe('application/json');
    expect(headers.get('x-csrf-token')).toBe('token-123');
    expect(headers.get('accept-language')).toBe('en');
  });

  it('sends no CSRF token on reads', async () => {
    fetchMock.mockResolvedValue(jsonResponse(200, { items: [] }));
    await apiClient.get('/api/users');
    expect(new Headers(fetchMock.mock.calls[0]?.[1]?.headers).has('x-csrf-token')).toBe(false);
  });

  it('resolves 204 answers with undefined', async () => {
    fetchMock.mockResolvedValue(new Response(null, { status: 204 }));
    await expect(apiClient.post('/api/auth/logout')).resolves.toBeUndefined();
  });

  it('turns the error envelope into an ApiError with code, message, status, details and Retry-After', async () => {
    fetchMock.mockResolvedValue(
      jsonResponse(429, { error: { code: 'TOO_MANY_REQUESTS', message: 'Zu viele Versuche.', details: { n: 1 } } }, { 'retry-after': '90' }),
    );
    const error = await apiClient.post('/api/auth/login', {}).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ code: 'TOO_MANY_REQUESTS', message: 'Zu viele Versuche.', status: 429, details: { n: 1 }, retryAfterSeconds: 90 });
  });

  it('exposes the localized messages of validation issues', async () => {
    fetchMock.mockResolvedValue(
      jsonResponse(400, { error: { code: 'VALIDATION_FAILED', message: 'Invalid.', details: { issues: [{ path: 'email', rule: 'required', message: 'email is required.' }, { path: 'x' }] } } }),
    );
    const error = (await apiClient.post('/api/users/invitations', {}).catch((caught: unknown) => caught)) as ApiError;
    expect(error.issueMessages).toEqual(['email is required.']);
  });

  it('reports answers without an envelope and network failures as client-side codes', async () => {
    fetchMock.mockResolvedValueOnce(new Response('<html>Bad gateway</html>', { status: 502, headers: { 'content-type': 'text/html' } }));
    await expect(apiClient.get('/api/auth/me')).rejects.toMatchObject({ code: 'UNEXPECTED_RESPONSE', status: 502 });
    fetchMock.mockRejectedValueOnce(new TypeError('Failed to fetch'));
    await expect(apiClient.get('/api/auth/me')).rejects.toMatchObject({ code: 'NETWORK_ERROR', status: 0 });
  });
});
