import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/support/test-app.js';

describe('GET /api/health', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('reports the engine in use and that migrations are current', async () => {
    const response = await t.request({ method: 'GET', url: '/api/health' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok', database: t.db.engine, migrations: 'current' });
  });

  it('compresses larger responses for clients that accept it', async () => {
    const document = await t.request({ method: 'GET', url: '/api/openapi.json', headers: { 'accept-encoding': 'br, gzip' } });
    expect(document.headers['content-encoding']).toBe('br');
  });

  it('publishes the OpenAPI document and Swagger UI', async () => {
    const document = await t.request({ method: 'GET', url: '/api/openapi.json' });
    expect(document.statusCode).toBe(200);
    expect((document.json() as { paths: Record<string, unknown> }).paths).toHaveProperty('/api/health');
    const ui = await t.request({ method: 'GET', url: '/api/docs' });
    expect(ui.statusCode).toBe(200);
    expect(ui.body).toContain('swagger');
  });
});
