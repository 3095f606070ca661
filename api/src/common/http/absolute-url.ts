import type { FastifyRequest } from 'fastify';

/** A path of this app as a full link, on the origin the caller reached us by (proxies: see trustProxy). */
export function absoluteUrl(request: FastifyRequest, path: string): string {
  return `${request.protocol}://${request.host}${path}`;
}
