import type { FastifyInstance } from 'fastify';

/**
 * Every API reply may carry research data (answers, interview text, pseudonym codes), so none may
 * be kept by a browser, a proxy or a shared tablet: `no-store` unless a route chose its own policy.
 */
export function noStoreByDefault(fastify: FastifyInstance): void {
  fastify.addHook('onSend', async (request, reply) => {
    if (request.url.startsWith('/api/') && !reply.hasHeader('cache-control')) void reply.header('cache-control', 'no-store');
  });
}
