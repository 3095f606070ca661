import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyReply, FastifyRequest } from 'fastify';

const ONE_YEAR = 'public, max-age=31536000, immutable';

/**
 * Serves the built web app from the API's port: hashed assets cached for a year, index.html
 * always revalidated, and client-side routes (anything not under /api) answered with index.html.
 */
export async function serveWebApp(app: NestFastifyApplication, webDist: string): Promise<SpaFallback | null> {
  if (!existsSync(path.join(webDist, 'index.html'))) return null;
  await app.register(fastifyStatic, {
    root: webDist,
    prefix: '/',
    // Register one route per built file, so unknown paths fall through to the SPA fallback.
    wildcard: false,
    setHeaders: (res, filePath) => {
      res.header('cache-control', filePath.includes(`${path.sep}assets${path.sep}`) ? ONE_YEAR : 'no-cache');
    },
  });
  // The participant app (tablet and invitation links) is its own small entry, so a tablet never
  // downloads the staff screens; everything else is the staff app.
  const hasParticipantEntry = existsSync(path.join(webDist, 'survey.html'));
  return (request, reply) => {
    const isPageRequest = (request.method === 'GET' || request.method === 'HEAD') && !request.url.startsWith('/api');
    if (!isPageRequest) return false;
    const participantPage = hasParticipantEntry && /^\/(tablet|survey)(\/|$)/.test(request.url);
    void reply.header('cache-control', 'no-cache').sendFile(participantPage ? 'survey.html' : 'index.html');
    return true;
  };
}

/** Answers a request the router did not know with the SPA page; false when that does not apply. */
export type SpaFallback = (request: FastifyRequest, reply: FastifyReply) => boolean;
