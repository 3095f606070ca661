import 'reflect-metadata';
import path from 'node:path';
import compress from '@fastify/compress';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import { NestFactory } from '@nestjs/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { Logger } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import { AppModule } from './app.module.js';
import type { AppConfig } from './config/env.js';
import { applyMigrationPolicy } from './database/migration-policy.js';
import { sendError } from './common/errors/send-error.js';
import { GlobalExceptionFilter } from './common/errors/global-exception.filter.js';
import { generateRequestId } from './common/http/request-id.js';
import { SHUTDOWN_SIGNALS } from './common/process/shutdown-signals.js';
import { serveWebApp } from './common/http/web-app.js';
import { contentSecurityPolicy } from './common/http/content-security-policy.js';
import { noStoreByDefault } from './common/http/no-store.js';
import { setUpOpenApi } from './common/http/openapi.js';
import { repositoryRoot } from './common/paths.js';
import { DemoSeedService, type SeedStepResult } from './demo/demo-seed.service.js';
import { QDPX_BODY_LIMIT } from './refi-qda/refi-qda.schemas.js';

export interface StartedApp {
  app: NestFastifyApplication;
  appliedMigrations: string[];
  seeded: SeedStepResult[] | null;
}

/**
 * Builds the whole application: used by main.ts, by the tests and by the benchmarks, so all of
 * them exercise the same stack (Fastify, filters, static web app, migrations, demo seed).
 */
export async function createApp(config: AppConfig, options: { logs?: boolean } = {}): Promise<StartedApp> {
  const adapter = new FastifyAdapter({
    bodyLimit: config.bodyLimitBytes,
    genReqId: generateRequestId,
    requestIdHeader: false,
    // Never let a client-supplied id or path trick the router into a 500.
    routerOptions: { maxParamLength: 500 },
    // The router rejects some URLs (bad encoding, over-long ids) before Nest sees them.
    frameworkErrors: (error: unknown, request: FastifyRequest, reply: FastifyReply) => sendError(error, request, reply),
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config), adapter, {
    bufferLogs: true,
    logger: options.logs === false ? false : undefined,
  });
  if (options.logs !== false) app.useLogger(app.get(Logger));
  app.setGlobalPrefix('api');
  app.enableShutdownHooks(SHUTDOWN_SIGNALS);

  const fastify = app.getHttpAdapter().getInstance();
  // Interview files travel as base64 in JSON: these two routes take up to 8 MB, all others the default.
  fastify.addHook('onRoute', (route) => {
    if (route.url === '/api/transcripts' || route.url === '/api/transcripts/preview') route.bodyLimit = Math.max(config.bodyLimitBytes, 8 * 1024 * 1024);
    // REFI-QDA projects (.qdpx) carry several interviews at once; see refi-qda.schemas.ts.
    if (route.url === '/api/refi-qda/import' || route.url === '/api/refi-qda/preview') route.bodyLimit = Math.max(config.bodyLimitBytes, QDPX_BODY_LIMIT);
  });
  fastify.addHook('onSend', async (request, reply) => {
    void reply.header('x-request-id', request.id);
  });
  noStoreByDefault(fastify);
  // Brotli/gzip for the web app's scripts and large JSON: a tablet on hospital Wi-Fi downloads ~0.5 MB, not 2.2 MB.
  await app.register(compress, { threshold: 1024, encodings: ['br', 'gzip'] });
  await app.register(cookie);
  await app.register(helmet, { contentSecurityPolicy: contentSecurityPolicy(), crossOriginEmbedderPolicy: false });

  const webDist = config.webDistDir ?? path.join(repositoryRoot, 'web', 'dist');
  const spaFallback = await serveWebApp(app, webDist);
  app.useGlobalFilters(new GlobalExceptionFilter(spaFallback));
  setUpOpenApi(app);

  await app.init();
  const appliedMigrations = await applyMigrationPolicy(app.get(DataSource), config.database.engine);
  const seeded = config.demo ? await app.get(DemoSeedService).seed() : null;
  return { app, appliedMigrations, seeded };
}
