import { randomUUID } from 'node:crypto';
import { finished } from 'node:stream/promises';
import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { Readable } from 'node:stream';
import { DataSource } from 'typeorm';
import type { Actor } from '../access/actor.js';
import { AuditService } from '../audit/audit.service.js';
import { AppError } from '../common/errors/app-error.js';
import { isErrorCode } from '../common/errors/error-codes.js';
import { parseOrThrow } from '../common/validation/zod-validation.pipe.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/env.js';
import { toActor } from '../identity/session.service.js';
import { User } from '../identity/user.entity.js';
import { ChunkedFileWriter } from './chunked-file-writer.js';
import { ExportFileChunk } from './export-file-chunk.entity.js';
import { ExportJob, type ExportJobStatus } from './export-job.entity.js';
import { ExportCancelledError, type ExportContext, type ExportLanguage } from './export-producer.js';
import { ExportProducerRegistry } from './export-producer-registry.js';
import { ExportQueue } from './export-queue.js';
import type { CreateExportInput, ExportJobView, ExportKindView } from './exports.schemas.js';

/** The app is shutting down: the job goes back to the queue and pg-boss retries it. */
class ExportInterruptedError extends Error {}

// Progress is written at most this often (plus the first and last report).
const PROGRESS_INTERVAL_MS = 250;
const SCHEMA_POLL_MS = 250;

export interface ExportDownload {
  fileName: string;
  contentType: string;
  byteSize: number;
  sha256: string;
  stream: Readable;
}

/**
 * Export jobs: the export_job row is what users see; pg-boss schedules the work; the file goes to
 * export_file_chunk. A job interrupted by a shutdown is handed back and retried from the start
 * (its partial chunks are replaced).
 */
@Injectable()
export class ExportJobsService implements OnApplicationBootstrap {
  private readonly logger = new Logger(ExportJobsService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly registry: ExportProducerRegistry,
    private readonly queue: ExportQueue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    queue.setHandler((id) => this.run(id));
  }

  /**
   * Migrations run after Nest's init hooks (create-app.ts), so the worker waits until the table
   * exists. Outside tests it always starts (any replica works any job); in tests only when a job
   * is waiting, so other features' tests do not pay for pg-boss's schema.
   */
  onApplicationBootstrap(): void {
    void this.startWorkerWhenReady().catch((error: unknown) => this.logger.warn(`Export worker did not start: ${String(error)}`));
  }

  kinds(): ExportKindView[] {
    return this.registry.kinds().map((producer) => ({ kind: producer.kind, contentType: producer.contentType }));
  }

  async create(actor: Actor, input: CreateExportInput): Promise<{ id: string }> {
    const producer = this.registry.get(input.kind);
    if (!producer) throw new AppError('EXPORT_KIND_UNKNOWN', { kind: input.kind });
    // Fails as a localized 400 naming the params path; nothing is stored.
    const params = parseOrThrow(producer.paramsSchema, input.params) as Record<string, unknown>;
    const language = input.language ?? actor.language;
    await this.queue.ensureStarted().catch((error: unknown) => {
      this.logger.error(`Export queue unavailable: ${String(error)}`);
      throw new AppError('SERVICE_UNAVAILABLE');
    });
    const id = randomUUID();
    await this.dataSource.transaction(async (manager) => {
      await manager.query('INSERT INTO export_job (id, kind, params, language, status, requested_by) VALUES ($1, $2, $3, $4, $5, $6)', [id, producer.kind, JSON.stringify(input.params), language, 'queued', actor.id]);
      await this.audit.append(manager, { actor, action: 'export.requested', entity: 'export_job', entityId: id, summary: { kind: producer.kind, language, params } });
      if (!manager.queryRunner) throw new Error('transaction without query runner');
      await this.queue.enqueue(manager.queryRunner, id);
    });
    this.queue.wake();
    return { id };
  }

  async list(actor: Actor): Promise<ExportJobView[]> {
    await this.ensureWorkerIfPending();
    const jobs = await this.dataSource.getRepository(ExportJob).find({ order: { createdAt: 'DESC' }, take: 200 });
    return jobs.map((job) => view(job, actor));
  }

  async get(actor: Actor, id: string): Promise<ExportJobView> {
    return view(await this.find(id), actor);
  }

  /** Cancels a queued or running job; removes a finished, failed or cancelled one. */
  async cancelOrRemove(actor: Actor, id: string): Promise<{ removed: boolean }> {
    const job = await this.find(id);
    // Conditional: a job that finished meanwhile is removed instead of being marked cancelled.
    const active = await this.dataSource.transaction(async (manager) => {
      const cancelled = await manager.query<Array<{ id: string }>>(
        "WITH changed AS (UPDATE export_job SET status = 'cancelled', finished_at = now() WHERE id = $1 AND status IN ('queued', 'running') RETURNING id) SELECT id FROM changed",
        [id],
      );
      const wasActive = cancelled.length > 0;
      if (wasActive) await manager.delete(ExportFileChunk, { jobId: id });
      else await manager.delete(ExportJob, { id });
      await this.audit.append(manager, { actor, action: wasActive ? 'export.cancelled' : 'export.removed', entity: 'export_job', entityId: id, summary: { kind: job.kind } });
      return wasActive;
    });
    if (active) await this.queue.cancel(id);
    return { removed: !active };
  }

  async download(actor: Actor, id: string): Promise<ExportDownload> {
    const job = await this.find(id);
    if (job.status === 'expired') throw new AppError(job.errorCode === 'EXPORT_ERASED' ? 'EXPORT_ERASED' : 'EXPORT_EXPIRED');
    if (job.status !== 'done' || job.byteSize === null || job.sha256 === null) throw new AppError('EXPORT_NOT_READY');
    await this.dataSource.transaction((manager) =>
      this.audit.append(manager, { actor, action: 'export.downloaded', entity: 'export_job', entityId: id, summary: { kind: job.kind } }),
    );
    return {
      fileName: job.fileName ?? `${job.kind}.bin`,
      contentType: job.contentType ?? 'application/octet-stream',
      byteSize: Number(job.byteSize),
      sha256: job.sha256,
      stream: Readable.from(this.chunks(id)),
    };
  }

  /** One chunk per query: a download holds ~1 MiB at a time, whatever the file size. */
  private async *chunks(id: string): AsyncGenerator<Buffer> {
    for (let seq = 0; ; seq += 1) {
      const rows = await this.dataSource.query<Array<{ data: Buffer | Uint8Array }>>('SELECT data FROM export_file_chunk WHERE job_id = $1 AND seq = $2', [id, seq]);
      if (rows.length === 0) return;
      const data = rows[0].data;
      yield Buffer.isBuffer(data) ? data : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
    }
  }

  private async find(id: string): Promise<ExportJob> {
    const job = await this.dataSource.getRepository(ExportJob).findOneBy({ id });
    if (!job) throw new AppError('NOT_FOUND');
    return job;
  }

  private async ensureWorkerIfPending(): Promise<void> {
    if (this.queue.started || this.queue.stopping) return;
    if (await this.hasUnfinishedJobs()) await this.queue.ensureStarted();
  }

  private async hasUnfinishedJobs(): Promise<boolean> {
    const rows = await this.dataSource.query<unknown[]>("SELECT 1 FROM export_job WHERE status IN ('queued', 'running') LIMIT 1");
    return rows.length > 0;
  }

  private async startWorkerWhenReady(): Promise<void> {
    for (;;) {
      if (this.queue.stopping || !this.dataSource.isInitialized) return;
      const [{ ready }] = await this.dataSource.query<Array<{ ready: boolean }>>("SELECT to_regclass('public.export_job') IS NOT NULL AS ready");
      if (ready) break;
      await new Promise((resolve) => setTimeout(resolve, SCHEMA_POLL_MS));
    }
    if (this.config.nodeEnv !== 'test' || (await this.hasUnfinishedJobs())) await this.queue.ensureStarted();
  }

  /** The worker's handler: produce the file into chunks, or record why not. */
  private async run(id: string): Promise<void> {
    const repository = this.dataSource.getRepository(ExportJob);
    const job = await repository.findOneBy({ id });
    if (!job || job.status === 'cancelled' || job.status === 'done' || job.status === 'failed') return;
    const producer = this.registry.get(job.kind);
    const actor = await this.actorOf(job.requestedBy);
    if (!producer || !actor) return this.fail(id, producer ? 'FORBIDDEN' : 'EXPORT_KIND_UNKNOWN');

    // Only a job still waiting (or handed back) starts: a cancel between fetch and here wins.
    const started = await this.dataSource.transaction(async (manager) => {
      await manager.delete(ExportFileChunk, { jobId: id });
      const rows = await manager.query<Array<{ id: string }>>(
        `WITH changed AS (
           UPDATE export_job SET status = 'running', started_at = now(), attempts = attempts + 1, progress_done = 0, progress_total = 0, error_code = NULL
           WHERE id = $1 AND status IN ('queued', 'running') RETURNING id)
         SELECT id FROM changed`,
        [id],
      );
      return rows.length > 0;
    });
    if (!started) return;
    const writer = new ChunkedFileWriter((seq, data) =>
      // Only while the job is still running: a cancelled or removed job takes no more chunks.
      // FOR SHARE waits for a transaction changing the job (an erasure) and sees its outcome.
      this.dataSource
        .query(
          `INSERT INTO export_file_chunk (job_id, seq, data) SELECT $1, $2, $3 WHERE EXISTS (SELECT 1 FROM export_job WHERE id = $1 AND status = 'running' FOR SHARE)
           ON CONFLICT (job_id, seq) DO UPDATE SET data = EXCLUDED.data`,
          [id, seq, data],
        )
        .then(() => undefined),
    );
    let lastWrite = 0;
    const context: ExportContext = {
      actor,
      language: job.language as ExportLanguage,
      params: parseOrThrow(producer.paramsSchema, job.params) as Record<string, unknown>,
      progress: async (done, total) => {
        if (this.queue.stopping) throw new ExportInterruptedError();
        const now = Date.now();
        if (now - lastWrite < PROGRESS_INTERVAL_MS && done < total) return;
        lastWrite = now;
        // Wrapped in a SELECT: TypeORM returns [rows, count] for a bare UPDATE … RETURNING.
        const rows = await this.dataSource.query<Array<{ status: ExportJobStatus }>>(
          'WITH changed AS (UPDATE export_job SET progress_done = $2, progress_total = $3 WHERE id = $1 RETURNING status) SELECT status FROM changed',
          [id, Math.min(Math.round(done), 2 ** 31 - 1), Math.min(Math.round(total), 2 ** 31 - 1)],
        );
        if (rows[0]?.status !== 'running') throw new ExportCancelledError();
      },
    };
    try {
      const fileName = producer.fileName(context);
      await Promise.all([producer.produce(context, writer), finished(writer)]);
      const updated = await this.dataSource.query<Array<{ id: string }>>(
        `WITH changed AS (
           UPDATE export_job SET status = 'done', finished_at = now(), byte_size = $2, sha256 = $3, file_name = $4, content_type = $5, progress_done = GREATEST(progress_total, 1), progress_total = GREATEST(progress_total, 1)
           WHERE id = $1 AND status = 'running' RETURNING id)
         SELECT id FROM changed`,
        [id, writer.byteSize, writer.sha256, fileName, producer.contentType],
      );
      // Cancelled while the last bytes were written: drop them.
      if (updated.length === 0) await this.dataSource.query('DELETE FROM export_file_chunk WHERE job_id = $1', [id]);
    } catch (error) {
      writer.destroy();
      if (error instanceof ExportInterruptedError) {
        await this.dataSource.query("UPDATE export_job SET status = 'queued' WHERE id = $1 AND status = 'running'", [id]);
        throw error;
      }
      if (error instanceof ExportCancelledError) {
        await this.dataSource.query("UPDATE export_job SET status = 'cancelled', finished_at = now() WHERE id = $1 AND status = 'running'", [id]);
        await this.dataSource.query('DELETE FROM export_file_chunk WHERE job_id = $1', [id]);
        return;
      }
      this.logger.error(`Export ${id} (${job.kind}) failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      await this.fail(id, error instanceof AppError ? error.code : 'INTERNAL');
    }
  }

  private async fail(id: string, code: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.delete(ExportFileChunk, { jobId: id });
      await manager.update(ExportJob, { id }, { status: 'failed', finishedAt: new Date(), errorCode: isErrorCode(code) ? code : 'INTERNAL' });
    });
  }

  /** The requester as they are now: a disabled account or one no longer a lead gets nothing. */
  private async actorOf(userId: string): Promise<Actor | null> {
    const user = await this.dataSource.getRepository(User).findOneBy({ id: userId });
    if (!user || user.disabled || (user.role !== 'lead' && user.role !== 'admin')) return null;
    // A background job acts without a session.
    return toActor(user, '');
  }
}

function view(job: ExportJob, actor: Actor): ExportJobView {
  return {
    id: job.id,
    kind: job.kind,
    language: job.language,
    params: job.params,
    status: job.status,
    progress: { done: job.progressDone, total: job.progressTotal },
    requestedByMe: job.requestedBy === actor.id,
    createdAt: job.createdAt.toISOString(),
    startedAt: job.startedAt?.toISOString() ?? null,
    finishedAt: job.finishedAt?.toISOString() ?? null,
    errorCode: job.errorCode,
    fileName: job.fileName,
    byteSize: job.byteSize === null ? null : Number(job.byteSize),
    sha256: job.sha256,
  };
}
