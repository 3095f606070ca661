import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { noStoreByDefault } from './no-store.js';

describe(noStoreByDefault.name, () => {
  it('marks API replies no-store unless the route chose a policy, and leaves the web app alone', async () => {
    const fastify = Fastify();
    noStoreByDefault(fastify);
    fastify.get('/api/answers', async () => ({ answer: 42 }));
    fastify.get('/api/public-list', async (_request, reply) => reply.header('cache-control', 'public, max-age=60').send({ items: [] }));
    fastify.get('/assets/app.js', async () => 'console.log(1)');
    const [answers, chosen, asset, missing] = await Promise.all(['/api/answers', '/api/public-list', '/assets/app.js', '/api/nothing-here'].map((url) => fastify.inject({ method: 'GET', url })));
    expect(answers.headers['cache-control']).toBe('no-store');
    expect(chosen.headers['cache-control']).toBe('public, max-age=60');
    expect(asset.headers['cache-control']).toBeUndefined();
    expect(missing.headers['cache-control']).toBe('no-store');
    await fastify.close();
  });
});
