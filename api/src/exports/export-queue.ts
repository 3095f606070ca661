import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import PgBoss from 'pg-boss';
import { DataSource, type QueryRunner } from 'typeorm';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/env.js';

export const EXPORT_QUEUE = 'polyphony-export';
const SCHEMA = 'pgboss';

export interface ExportQueueMessage {
  exportJobId: string;
}

type Handler = (exportJobId: string) => Promise<void>;

/**
 * pg-boss over the app's own database, on both engines:
 *  - PostgreSQL: pg-boss opens its own small pool to DATABASE_URL (any replica can work any job;
 *    SKIP LOCKED hands each job to one of them).
 *  - PGlite: pg-boss gets a `db` adapter whose executeSql runs on a TypeORM query runner, i.e. on
 *    the app's serialized PGlite session, so its statements take turns with the app's own.
 * pg-boss keeps its tables in the `pgboss` schema and manages that schema itself (migrate: true).
 * Starting it creates that schema on first use, which costs a few seconds on PGlite, so it starts
 * when there is work: at boot when unfinished jobs exist (always outside tests), or on the first export.
 */
@Injectable()
export class ExportQueue implements OnModuleDestroy {
  private readonly logger = new Logger(ExportQueue.name);
  private boss: PgBoss | null = null;
  private starting: Promise<PgBoss> | null = null;
  private workerId: string | null = null;
  private handler: Handler | null = null;
  /** True once the app is shutting down: running producers stop at their next progress report. */
  stopping = false;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  setHandler(handler: Handler): void {
    this.handler = handler;
  }

  get started(): boolean {
    return this.boss !== null;
  }

  /** Starts pg-boss and this replica's worker once; later calls share the same start. */
  ensureStarted(): Promise<PgBoss> {
    if (this.stopping) return Promise.reject(new Error('Export queue is stopping'));
    this.starting ??= this.start().catch((error: unknown) => {
      this.starting = null;
      throw error;
    });
    return this.starting;
  }

  /** Queues the job in the caller's transaction, so the export_job row and the queue entry commit together. */
  async enqueue(runner: QueryRunner, exportJobId: string): Promise<void> {
    const boss = await this.ensureStarted();
    const message: ExportQueueMessage = { exportJobId };
    await boss.send(EXPORT_QUEUE, message, { id: exportJobId, db: adapterOn(() => runner, false) });
  }

  /** Wakes the local worker after a commit instead of waiting for its next poll. */
  wake(): void {
    if (this.boss && this.workerId) this.boss.notifyWorker(this.workerId);
  }

  async cancel(exportJobId: string): Promise<void> {
    if (!this.boss) return;
    // A job that already finished in pg-boss cannot be cancelled there; that is fine.
    await this.boss.cancel(EXPORT_QUEUE, exportJobId).catch(() => undefined);
  }

  async onModuleDestroy(): Promise<void> {
    this.stopping = true;
    const boss = this.boss ?? (await this.starting?.catch(() => null)) ?? null;
    if (!boss) return;
    // Graceful: the running producer notices `stopping`, gives the job back (pg-boss retries it on
    // the next start, here or on another replica), and only then is the connection released.
    await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
    this.boss = null;
  }

  private async start(): Promise<PgBoss> {
    const common = { schema: SCHEMA, migrate: true, schedule: false, supervise: true };
    const boss =
      this.config.database.engine === 'postgres'
        ? new PgBoss({ ...common, connectionString: this.config.database.url, max: 3, application_name: 'polyphony-exports' })
        : new PgBoss({ ...common, db: adapterOn(() => this.dataSource.createQueryRunner(), true) });
    boss.on('error', (error: unknown) => this.logger.warn(`Export queue: ${error instanceof Error ? error.message : String(error)}`));
    await boss.start();
    await boss.createQueue(EXPORT_QUEUE, {
      name: EXPORT_QUEUE,
      // Retries are for interruptions (a restart, a lost connection); the runner marks content
      // errors as failed and completes the pg-boss job, so those are not retried.
      retryLimit: 5,
      retryDelay: 2,
      // A crashed worker's job is retried after this long; a clean shutdown gives it back at once.
      expireInSeconds: 30 * 60,
      retentionDays: 7,
    });
    this.workerId = await boss.work<ExportQueueMessage>(EXPORT_QUEUE, { batchSize: 1, pollingIntervalSeconds: 2 }, async ([job]) => {
      if (job && this.handler) await this.handler(job.data.exportJobId);
    });
    this.boss = boss;
    return boss;
  }
}

/** pg-boss's `db` option over TypeORM: structured results, so pg-boss sees `{ rows }` as from pg. */
function adapterOn(runnerFor: () => QueryRunner, release: boolean): PgBoss.Db {
  return {
    async executeSql(text: string, values: unknown[]) {
      const runner = runnerFor();
      try {
        const result = await runner.query(text, values, true);
        const rows: unknown = result.records;
        return { rows: Array.isArray(rows) ? rows : [] };
      } finally {
        if (release) await runner.release();
      }
    },
  };
}
