import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig, DatabaseEngine } from '../config/env.js';

export interface HealthReport {
  status: 'ok' | 'unavailable';
  database: DatabaseEngine;
  migrations: 'current' | 'pending' | 'unknown';
}

@Injectable()
export class HealthService {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async check(): Promise<HealthReport> {
    const database = this.config.database.engine;
    try {
      await this.dataSource.query('SELECT 1');
      const pending = await this.dataSource.showMigrations();
      return { status: 'ok', database, migrations: pending ? 'pending' : 'current' };
    } catch {
      // A load balancer only needs to know this replica cannot serve; details go to the logs.
      return { status: 'unavailable', database, migrations: 'unknown' };
    }
  }
}
