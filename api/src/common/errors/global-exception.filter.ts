import { Catch, NotFoundException, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { SpaFallback } from '../http/web-app.js';
import { sendError } from './send-error.js';

/**
 * Every error raised inside Nest's pipeline leaves as the localized error envelope; a page
 * address the router does not know is first offered to the web app's client-side router.
 */
@Catch()
export class GlobalExceptionFilter implements ExceptionFilter {
  constructor(private readonly spaFallback: SpaFallback | null = null) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    const routeNotFound = exception instanceof NotFoundException && /^Cannot [A-Z]+ /.test(exception.message);
    if (routeNotFound && this.spaFallback?.(request, reply)) return;
    sendError(exception, request, reply);
  }
}
