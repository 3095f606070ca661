import type { FastifyRequest } from 'fastify';
import { negotiateLanguage, type SupportedLanguage } from './languages.js';

/**
 * The language to answer a request in. Today the Accept-Language header; when a signed-in user
 * has chosen a language, the identity layer stores it on the request and it wins.
 */
export function requestLanguage(request: FastifyRequest): SupportedLanguage {
  const chosen = (request as FastifyRequest & { userLanguage?: SupportedLanguage }).userLanguage;
  return chosen ?? negotiateLanguage(request.headers['accept-language']);
}
