import { afterAll, describe, it } from 'vitest';
import { rawRequest, signIn } from './support/client.js';
import { Verdicts } from './support/results.js';
import { startStack, type Stack } from './support/stack.js';

const CHECK = '9 headers';

describe(CHECK, () => {
  let stack: Stack | undefined;
  afterAll(async () => stack?.close());

  it('sends CSP with frame-ancestors and nosniff on every page and API reply', async () => {
    const verdicts = new Verdicts(CHECK);
    stack = await startStack();
    const url = stack.api.url;
    const lead = await signIn(url, 'lead@polyphony.demo');
    const index = await rawRequest(`${url}/`, 'GET', {});
    const assets = [...index.text.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((m) => m[1]).slice(0, 4);
    // The staff app's and the participant app's pages, their files, and API replies of every kind.
    const targets: Array<[string, string, Record<string, string>]> = [
      ...['/', '/sign-in', '/participants', '/coding', '/analysis', '/tablet-start', '/tablet/abc', '/survey/abc', '/index.html', '/survey.html', '/sw.js', '/favicon.svg', '/no-such-page', ...assets].map(
        (path) => ['GET', path, {}] as [string, string, Record<string, string>],
      ),
      ['GET', '/api/health', {}],
      ['GET', '/api/openapi.json', {}],
      ['GET', '/api/docs', {}],
      ['GET', '/api/no-such-route', {}],
      ['GET', '/api/users', {}],
      ['GET', '/api/auth/me', lead],
      ['GET', '/api/codebook', lead],
      ['POST', '/api/participants', { ...lead, 'content-type': 'application/json' }],
      ['GET', '/api/responses/not-a-uuid', lead],
      ['HEAD', '/', {}],
    ];
    const missing: string[] = [];
    for (const [method, path, headers] of targets) {
      const reply = await rawRequest(`${url}${path}`, method, headers, method === 'POST' ? '{"center":1}' : undefined);
      const csp = String(reply.headers['content-security-policy'] ?? '');
      const problems = [
        /frame-ancestors 'none'/.test(csp) ? null : 'CSP frame-ancestors',
        /default-src 'self'/.test(csp) ? null : 'CSP default-src',
        reply.headers['x-content-type-options'] === 'nosniff' ? null : 'nosniff',
      ].filter(Boolean);
      if (problems.length) missing.push(`${method} ${path} (${reply.status}): ${problems.join(', ')}`);
    }
    verdicts.figure(`${targets.length - missing.length}/${targets.length} pages and API replies carry CSP (default-src 'self', frame-ancestors 'none') and nosniff${missing.length ? `; missing: ${missing.join('; ')}` : ''}`, missing.length === 0);
    verdicts.assertAll();
  });
});
