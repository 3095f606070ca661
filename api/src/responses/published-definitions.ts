import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppError } from '../common/errors/app-error.js';
import { InstrumentVersion, type VersionStatus } from '../instruments/instrument-version.entity.js';

export interface AnswerableVersion {
  id: string;
  status: VersionStatus;
  definition: Record<string, unknown>;
}

const MAX_CACHED = 200;
// Retiring a version takes effect for new submissions within this long on every replica.
const STATUS_TTL_MS = 5_000;

/**
 * Published definitions never change, so each is read from the database once per process and the
 * same object is reused: survey-core's per-definition caches (question metadata) then stay warm.
 * Status is re-read each time, because a version can be retired.
 */
@Injectable()
export class PublishedDefinitions {
  private readonly definitions = new Map<string, Record<string, unknown>>();
  private readonly statuses = new Map<string, { status: VersionStatus; checkedAt: number }>();

  constructor(private readonly dataSource: DataSource) {}

  async get(versionId: string): Promise<AnswerableVersion> {
    const cached = this.definitions.get(versionId);
    if (cached) return { id: versionId, status: await this.status(versionId), definition: cached };
    const version = await this.dataSource.getRepository(InstrumentVersion).findOneBy({ id: versionId });
    if (!version) throw new AppError('NOT_FOUND');
    if (version.status !== 'draft') {
      if (this.definitions.size >= MAX_CACHED) this.definitions.delete(this.definitions.keys().next().value as string);
      this.definitions.set(versionId, version.definition);
      this.statuses.set(versionId, { status: version.status, checkedAt: Date.now() });
    }
    return { id: version.id, status: version.status, definition: version.definition };
  }

  private async status(versionId: string): Promise<VersionStatus> {
    const known = this.statuses.get(versionId);
    if (known && Date.now() - known.checkedAt < STATUS_TTL_MS) return known.status;
    const row = await this.dataSource.getRepository(InstrumentVersion).findOne({ where: { id: versionId }, select: { id: true, status: true } });
    if (!row) throw new AppError('NOT_FOUND');
    this.statuses.set(versionId, { status: row.status, checkedAt: Date.now() });
    return row.status;
  }
}
