import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { SessionService } from './session.service.js';

const PURGE_INTERVAL_MS = 60 * 60_000;

/**
 * Ended sessions are refused at once (SessionService.resolve checks expiry and idleness), but
 * their rows would stay forever; once an hour every replica deletes them (idempotent).
 */
@Injectable()
export class SessionHousekeeping implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(SessionHousekeeping.name);
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly dataSource: DataSource,
    private readonly sessions: SessionService,
  ) {}

  onApplicationBootstrap(): void {
    const purge = () => {
      if (!this.dataSource.isInitialized) return;
      void this.sessions.purgeExpired().catch((error: unknown) => this.logger.warn(`Session purge failed: ${String(error)}`));
    };
    this.timer = setInterval(purge, PURGE_INTERVAL_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }
}
