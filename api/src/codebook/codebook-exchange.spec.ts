import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/support/test-app.js';
import { signIn, type SignedInHeaders } from '../../test/support/sign-in.js';
import { codebookOfProject, readZipEntry } from './refi-qdc/test-support/read-zip-entry.js';
import { hasXmllint, validateWithXmllint } from './refi-qdc/test-support/xmllint.js';

const fixtures = (path: string) => fileURLToPath(new URL(`../../../../shared/fixtures/refi-qda/${path}`, import.meta.url));

describe('codebook exchange over the API', () => {
  let t: TestApp;
  let lead: SignedInHeaders;
  beforeAll(async () => {
    t = await startTestApp();
    lead = await signIn(t.request, 'lead@polyphony.demo');
  });
  afterAll(() => t.close());

  it('seeds the meaningful-AI codebook in four languages', async () => {
    const codes = (await t.request({ method: 'GET', url: '/api/codebook', headers: lead })).json() as { items: Array<{ name: Record<string, string>; criterion: string | null }> };
    expect(codes.items.length).toBeGreaterThanOrEqual(30);
    expect(codes.items.every((c) => c.name.en && c.name.nl && c.name.de && c.name.it)).toBe(true);
    expect(new Set(codes.items.map((c) => c.criterion).filter(Boolean)).size).toBe(5);
  });

  it.runIf(hasXmllint)('exports a .qdc that validates against the REFI-QDA Codebook schema', async () => {
    const response = await t.request({ method: 'GET', url: '/api/codebook/export.qdc?language=de', headers: lead });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-disposition']).toContain('polyphony-codebook-de.qdc');
    const verdict = validateWithXmllint(response.body, fixtures('Codebook.xsd'));
    expect(verdict.valid, verdict.output).toBe(true);
  });

  it('imports the codebook of a real NVivo export, and importing it again adds nothing', async () => {
    const project = readZipEntry(fixtures('samples/nvivo12-vaccine-attitudes.qdpx'), 'project.qde').toString('utf8');
    const xml = codebookOfProject(project);
    const first = await t.request({ method: 'POST', url: '/api/codebook/import', headers: lead, payload: { xml, language: 'en' } });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ created: 152, skipped: 0 });
    const again = await t.request({ method: 'POST', url: '/api/codebook/import', headers: lead, payload: { xml, language: 'en' } });
    expect(again.json()).toMatchObject({ created: 0, skipped: 152 });
    const broken = await t.request({ method: 'POST', url: '/api/codebook/import', headers: lead, payload: { xml: '<nope>not a codebook</nope>' } });
    expect(broken.statusCode).toBe(400);
  });
});
