import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/support/test-app.js';

describe('error envelope', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ BODY_LIMIT_BYTES: '65536' });
  });
  afterAll(() => t.close());

  const cases = [
    {
      name: 'a malformed JSON body',
      options: { method: 'POST' as const, url: '/api/centers', headers: { 'content-type': 'application/json' }, payload: '{"broken":' },
      status: 400,
      code: 'MALFORMED_JSON',
    },
    {
      name: 'an unknown API route',
      options: { method: 'GET' as const, url: '/api/no-such-thing' },
      status: 404,
      code: 'ROUTE_NOT_FOUND',
    },
    {
      name: 'a body over the configured limit',
      options: { method: 'POST' as const, url: '/api/centers', headers: { 'content-type': 'application/json' }, payload: JSON.stringify({ text: 'x'.repeat(70_000) }) },
      status: 413,
      code: 'PAYLOAD_TOO_LARGE',
    },
    {
      name: 'a content type the API does not parse',
      options: { method: 'POST' as const, url: '/api/auth/login', headers: { 'content-type': 'application/x-unknown' }, payload: 'a=b' },
      status: 415,
      code: 'UNSUPPORTED_MEDIA_TYPE',
    },
  ];

  it.each(cases)('answers $name with $status and the envelope, never a 500', async ({ options, status, code }) => {
    const response = await t.request(options);
    expect(response.statusCode).toBe(status);
    const body = response.json() as { error: { code: string; message: string } };
    expect(body.error.code).toBe(code);
    expect(body.error.message.length).toBeGreaterThan(5);
  });

  it('writes the message in the language the caller asks for', async () => {
    const asked = async (language: string) =>
      (await t.request({ method: 'GET', url: '/api/nothing-here', headers: { 'accept-language': language } })).json() as {
        error: { message: string };
      };
    expect((await asked('de-DE,de;q=0.9')).error.message).toBe('Diese Adresse gibt es in der Polyphony-API nicht.');
    expect((await asked('nl')).error.message).toBe('Dit adres bestaat niet in de Polyphony-API.');
    expect((await asked('it-IT')).error.message).toBe("Questo indirizzo non esiste nell'API di Polyphony.");
    expect((await asked('fr-FR')).error.message).toBe('There is no such address in the Polyphony API.');
  });

  it('tags every response with a request id, reusing a sane one from the caller', async () => {
    const given = await t.request({ method: 'GET', url: '/api/health', headers: { 'x-request-id': 'lb-1234' } });
    expect(given.headers['x-request-id']).toBe('lb-1234');
    const hostile = await t.request({ method: 'GET', url: '/api/health', headers: { 'x-request-id': '<script>' } });
    expect(hostile.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });
});
