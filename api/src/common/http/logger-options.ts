import type { Params } from 'nestjs-pino';
import type { AppConfig } from '../../config/env.js';

/**
 * Structured JSON logs. pino-http reuses the request id Fastify assigned (see request-id.ts), so
 * every line of one request, including Nest's own, carries the same `reqId`.
 * Cookies and authorization headers never reach the logs.
 */
export function loggerOptions(config: AppConfig): Params {
  return {
    pinoHttp: {
      level: config.logLevel,
      redact: { paths: ['req.headers.cookie', 'req.headers.authorization', 'req.headers["x-csrf-token"]', 'res.headers["set-cookie"]'], remove: true },
      serializers: {
        req: (req: { id: string; method: string; url: string }) => ({ id: req.id, method: req.method, url: req.url }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
    },
  };
}
