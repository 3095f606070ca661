import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { schedulePeriodic } from '../common/process/periodic-task.js';
import { SessionService } from './session.service.js';

const PURGE_INTERVAL_MS = 60 * 60_000;
// The first purge a few minutes after start (migrations done), so frequent restarts still purge.
const FIRST_PURGE_MS = 5 * 60_000;

/**
 * Ended sessions are refused at once (SessionService.resolve checks expiry and idleness), but
 * their rows would stay forever; once an hour every replica deletes them (idempotent).
 */
@Injectable()
export class SessionHousekeeping implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(SessionHousekeeping.name);
  private stopPurges: (() => void) | undefined;

  constructor(
    private readonly dataSource: DataSource,
    private readonly sessions: SessionService,
  ) {}

  onApplicationBootstrap(): void {
    this.stopPurges = schedulePeriodic(async () => (this.dataSource.isInitialized ? this.sessions.purgeExpired() : 0), {
      firstAfterMs: FIRST_PURGE_MS,
      everyMs: PURGE_INTERVAL_MS,
      onError: (error) => this.logger.warn(`Session purge failed: ${String(error)}`),
    });
  }

  onApplicationShutdown(): void {
    this.stopPurges?.();
  }
}
