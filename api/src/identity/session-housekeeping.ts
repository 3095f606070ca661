import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
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
  private timer: NodeJS.Timeout | undefined;
  private firstTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly dataSource: DataSource,
    private readonly sessions: SessionService,
  ) {}

  onApplicationBootstrap(): void {
    const purge = () => {
      if (!this.dataSource.isInitialized) return;
      void this.sessions.purgeExpired().catch((error: unknown) => this.logger.warn(`Session purge failed: ${String(error)}`));
    };
    this.firstTimer = setTimeout(purge, FIRST_PURGE_MS);
    this.firstTimer.unref();
    this.timer = setInterval(purge, PURGE_INTERVAL_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearTimeout(this.firstTimer);
    clearInterval(this.timer);
  }
}
