import { z } from 'zod';

/**
 * The only reader of process.env. Everything configurable is parsed and validated here once,
 * so a typo in a deployment fails at start with a clear message instead of deep inside a request.
 */
const environmentSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    HOST: z.string().min(1).default('0.0.0.0'),
    DATABASE_URL: z.string().url().optional(),
    DATA_DIR: z.string().min(1).default('./data'),
    SESSION_SECRET: z.string().min(32, 'SESSION_SECRET must be at least 32 characters').optional(),
    DEMO: z.enum(['0', '1', 'true', 'false']).optional(),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    BODY_LIMIT_BYTES: z.coerce.number().int().positive().default(1_048_576),
    WEB_DIST_DIR: z.string().min(1).optional(),
    EXPORT_RETENTION_DAYS: z.coerce.number().positive().max(3650).default(7),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV === 'production' && !env.SESSION_SECRET) {
      ctx.addIssue({ code: 'custom', path: ['SESSION_SECRET'], message: 'is required in production' });
    }
  });

export type DatabaseEngine = 'pglite' | 'postgres';

export interface AppConfig {
  nodeEnv: 'development' | 'production' | 'test';
  port: number;
  host: string;
  database: { engine: 'postgres'; url: string } | { engine: 'pglite'; dataDir: string | null };
  /** Keys session-token and pseudonym-term hashes. Required in production; a fixed development value elsewhere. */
  sessionSecret: string;
  /** Demo data is seeded only here; it is never on in production. */
  demo: boolean;
  logLevel: z.infer<typeof environmentSchema>['LOG_LEVEL'];
  bodyLimitBytes: number;
  webDistDir: string | null;
  /** Finished export files are kept this long, then removed (the job stays listed as expired). */
  exportRetentionDays: number;
}

export class ConfigError extends Error {}

// Development and tests only: production refuses to start without SESSION_SECRET (see the schema).
const DEVELOPMENT_SECRET = 'polyphony-development-secret-never-for-production';

export function loadConfig(env: Readonly<Record<string, string | undefined>> = process.env): AppConfig {
  const parsed = environmentSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  }
  const values = parsed.data;
  const embedded = !values.DATABASE_URL;
  const demoRequested = values.DEMO === '1' || values.DEMO === 'true';
  const demoDeclined = values.DEMO === '0' || values.DEMO === 'false';
  return {
    nodeEnv: values.NODE_ENV,
    port: values.PORT,
    host: values.HOST,
    database: values.DATABASE_URL
      ? { engine: 'postgres', url: values.DATABASE_URL }
      : { engine: 'pglite', dataDir: values.DATA_DIR === ':memory:' ? null : values.DATA_DIR },
    sessionSecret: values.SESSION_SECRET ?? DEVELOPMENT_SECRET,
    // The embedded default is the try-it-out mode, so it comes with demo data unless told otherwise.
    demo: values.NODE_ENV !== 'production' && !demoDeclined && (demoRequested || embedded),
    logLevel: values.LOG_LEVEL,
    bodyLimitBytes: values.BODY_LIMIT_BYTES,
    webDistDir: values.WEB_DIST_DIR ?? null,
    exportRetentionDays: values.EXPORT_RETENTION_DAYS,
  };
}
