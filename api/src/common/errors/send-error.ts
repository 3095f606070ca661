import type { FastifyReply, FastifyRequest } from 'fastify';
import { requestLanguage } from '../i18n/request-language.js';
import { toErrorReply } from './error-envelope.js';

/**
 * Answers with the error envelope. Nest routes Fastify's own rejections (bad JSON, oversized
 * bodies, wrong content types) through the same filter, so every error leaves this way.
 */
type LogFunction = (details: object, message: string) => void;

/**
 * pino-http's request logger (it carries the request id and writes where the app's logs go);
 * Fastify's own `request.log` is silent because Fastify's built-in logger is off.
 */
function requestLogger(request: FastifyRequest): { error: LogFunction; warn: LogFunction } {
  const raw = request.raw as typeof request.raw & { log?: { error: LogFunction; warn: LogFunction } };
  return raw.log ?? request.log;
}

export function sendError(error: unknown, request: FastifyRequest, reply: FastifyReply): void {
  const { status, body, unexpected } = toErrorReply(error, requestLanguage(request));
  const log = requestLogger(request);
  if (unexpected) {
    log.error({ err: error, reqId: request.id }, 'unexpected error');
  } else if (status >= 500) {
    log.warn({ err: error, code: body.error.code, reqId: request.id }, 'service error');
  }
  if (reply.sent) return;
  const retryAfter = (body.error.details as { retryAfterSeconds?: number } | undefined)?.retryAfterSeconds;
  if (retryAfter !== undefined) void reply.header('retry-after', String(retryAfter));
  void reply.status(status).header('content-type', 'application/json; charset=utf-8').send(body);
}
