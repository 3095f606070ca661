import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { schedulePeriodic } from '../common/process/periodic-task.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/env.js';

const PURGE_INTERVAL_MS = 60 * 60_000;
// The first purge a few minutes after start (migrations done), so frequent restarts still purge.
const FIRST_PURGE_MS = 5 * 60_000;

/**
 * Export files hold research data of many participants in one blob, so they are kept only for a
 * while (EXPORT_RETENTION_DAYS, default 7) and removed at once when a withdrawal erases data: a
 * file cannot be cut to leave one participant out, so every stored file goes, and the lead runs
 * the export again. The job row stays (status `expired`, errorCode says why) for the audit trail.
 */
@Injectable()
export class ExportRetention implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(ExportRetention.name);
  private stopPurges: (() => void) | undefined;

  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.stopPurges = schedulePeriodic(() => this.purgeExpired(), {
      firstAfterMs: FIRST_PURGE_MS,
      everyMs: PURGE_INTERVAL_MS,
      onError: (error) => this.logger.warn(`Export retention purge failed: ${String(error)}`),
    });
  }

  onApplicationShutdown(): void {
    this.stopPurges?.();
  }

  /** Removes the files of exports finished longer ago than the retention period; returns how many. */
  async purgeExpired(): Promise<number> {
    if (!this.dataSource.isInitialized) return 0;
    return this.dataSource.transaction(async (manager) => {
      const rows = await manager.query<Array<{ id: string }>>(
        `WITH expired AS (
           UPDATE export_job SET status = 'expired', error_code = 'EXPORT_EXPIRED'
            WHERE status = 'done' AND finished_at < now() - make_interval(secs => $1)
           RETURNING id)
         SELECT id FROM expired`,
        [this.config.exportRetentionDays * 86_400],
      );
      if (rows.length === 0) return 0;
      await this.removeFiles(manager, rows);
      await this.audit.append(manager, { actor: null, action: 'export.files_expired', entity: 'export_job', entityId: null, summary: { jobs: rows.length, retentionDays: this.config.exportRetentionDays } });
      return rows.length;
    });
  }

  /**
   * Inside a withdrawal-with-erasure transaction: every stored file is removed and every running
   * export stopped (its next progress report sees the status and gives up; chunk writes wait for
   * this transaction and then find the job no longer running). Queued jobs are locked so they
   * start only after the erasure is committed, and then read the data without the participant.
   */
  async eraseStoredFiles(manager: EntityManager): Promise<number> {
    await manager.query("SELECT id FROM export_job WHERE status = 'queued' FOR UPDATE");
    const rows = await manager.query<Array<{ id: string }>>(
      `WITH erased AS (
         UPDATE export_job
            SET status = CASE WHEN status = 'done' THEN 'expired' ELSE 'cancelled' END,
                error_code = 'EXPORT_ERASED', finished_at = coalesce(finished_at, now())
          WHERE status IN ('done', 'running')
         RETURNING id)
       SELECT id FROM erased`,
    );
    await this.removeFiles(manager, rows);
    return rows.length;
  }

  private async removeFiles(manager: EntityManager, jobs: ReadonlyArray<{ id: string }>): Promise<void> {
    if (jobs.length > 0) await manager.query('DELETE FROM export_file_chunk WHERE job_id = ANY($1::uuid[])', [jobs.map((job) => job.id)]);
  }
}
