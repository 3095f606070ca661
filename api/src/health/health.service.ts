import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig, DatabaseEngine } from '../config/env.js';

export interface HealthReport {
  status: 'ok' | 'unavailable';
  database: DatabaseEngine;
  migrations: 'current' | 'pending' | 'unknown';
}

// Migrations change only when an operator deploys, so one check per interval is plenty.
const MIGRATION_CHECK_INTERVAL_MS = 30_000;

@Injectable()
export class HealthService {
  private migrationState: { pending: boolean; checkedAt: number } | null = null;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async check(): Promise<HealthReport> {
    const database = this.config.database.engine;
    try {
      await this.dataSource.query('SELECT 1');
      const pending = await this.pendingMigrations();
      return { status: 'ok', database, migrations: pending ? 'pending' : 'current' };
    } catch {
      // A load balancer only needs to know this replica cannot serve; details go to the logs.
      return { status: 'unavailable', database, migrations: 'unknown' };
    }
  }

  private async pendingMigrations(): Promise<boolean> {
    const now = Date.now();
    if (!this.migrationState || now - this.migrationState.checkedAt > MIGRATION_CHECK_INTERVAL_MS) {
      this.migrationState = { pending: await this.dataSource.showMigrations(), checkedAt: now };
    }
    return this.migrationState.pending;
  }
}
