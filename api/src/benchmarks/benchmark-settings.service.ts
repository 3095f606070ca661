import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity.js';
import type { Actor } from '../access/actor.js';
import { AuditService } from '../audit/audit.service.js';
import { AppError } from '../common/errors/app-error.js';
import { AiPackage } from './ai-package.entity.js';
import { toCriterionMetricView, toPackageView } from './benchmark-mappers.js';
import type { AiPackageView, CriterionMetricView } from './benchmark-views.js';
import type { CreateCriterionMetricInput, UpdateCriterionMetricInput, UpdatePackageInput } from './benchmarks.schemas.js';
import { CriterionMetric } from './criterion-metric.entity.js';

/**
 * The lead's edits: package metadata and the criterion mapping. Each edit is conditional on the
 * revision the editor saw (a stale edit gets 409, never a silent overwrite) and audited with the
 * values before and after.
 */
@Injectable()
export class BenchmarkSettingsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async updatePackage(actor: Actor, key: string, input: UpdatePackageInput): Promise<AiPackageView> {
    return this.dataSource.transaction(async (manager) => {
      const current = await manager.findOneBy(AiPackage, { key });
      if (!current) throw new AppError('NOT_FOUND');
      const { revision, ...changes } = input;
      const defined = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)) as Partial<AiPackageView>;
      await conditionalUpdate(manager, AiPackage, 'key', key, revision, current.revision, defined as QueryDeepPartialEntity<AiPackage>);
      const before = Object.fromEntries(Object.keys(defined).map((field) => [field, current[field as keyof AiPackage]]));
      await this.audit.append(manager, { actor, action: 'benchmark.package_updated', entity: 'ai_package', entityId: key, summary: { before, after: defined } });
      return toPackageView(await manager.findOneByOrFail(AiPackage, { key }));
    });
  }

  async addCriterionMetric(actor: Actor, input: CreateCriterionMetricInput): Promise<CriterionMetricView> {
    return this.dataSource.transaction(async (manager) => {
      if (await manager.existsBy(CriterionMetric, { criterion: input.criterion, metric: input.metric as CriterionMetric['metric'] })) throw new AppError('CRITERION_METRIC_TAKEN', { criterion: input.criterion, metric: input.metric });
      const saved = await manager.save(manager.create(CriterionMetric, { ...input, criterion: input.criterion, metric: input.metric as CriterionMetric['metric'] }));
      await this.audit.append(manager, { actor, action: 'benchmark.criterion_metric_added', entity: 'criterion_metric', entityId: saved.id, summary: { ...input } });
      return toCriterionMetricView(saved);
    });
  }

  async updateCriterionMetric(actor: Actor, id: string, input: UpdateCriterionMetricInput): Promise<CriterionMetricView> {
    return this.dataSource.transaction(async (manager) => {
      const current = await manager.findOneBy(CriterionMetric, { id });
      if (!current) throw new AppError('NOT_FOUND');
      const { revision, ...changes } = input;
      await conditionalUpdate(manager, CriterionMetric, 'id', id, revision, current.revision, changes as QueryDeepPartialEntity<CriterionMetric>);
      const before = toCriterionMetricView(current);
      await this.audit.append(manager, {
        actor,
        action: 'benchmark.criterion_metric_updated',
        entity: 'criterion_metric',
        entityId: id,
        summary: { criterion: current.criterion, metric: current.metric, before: { direction: before.direction, normalisation: before.normalisation, weight: before.weight }, after: changes },
      });
      return toCriterionMetricView(await manager.findOneByOrFail(CriterionMetric, { id }));
    });
  }

  async removeCriterionMetric(actor: Actor, id: string, revision: number): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const current = await manager.findOneBy(CriterionMetric, { id });
      if (!current) throw new AppError('NOT_FOUND');
      const result = await manager.createQueryBuilder().delete().from(CriterionMetric).where('id = :id AND revision = :revision', { id, revision }).execute();
      if (result.affected !== 1) throw new AppError('STALE_REVISION', {}, { currentRevision: current.revision });
      await this.audit.append(manager, { actor, action: 'benchmark.criterion_metric_removed', entity: 'criterion_metric', entityId: id, summary: { before: toCriterionMetricView(current) } });
    });
  }
}

/** UPDATE … SET revision = revision + 1 WHERE key = … AND revision = expected; nothing updated → 409. */
async function conditionalUpdate<T extends AiPackage | CriterionMetric>(
  manager: EntityManager,
  entity: new () => T,
  keyColumn: 'key' | 'id',
  key: string,
  expected: number,
  current: number,
  changes: QueryDeepPartialEntity<T>,
): Promise<void> {
  const result = await manager
    .createQueryBuilder()
    .update(entity)
    .set({ ...changes, revision: () => 'revision + 1' })
    .where(`${keyColumn} = :key AND revision = :expected`, { key, expected })
    .execute();
  if (result.affected !== 1) throw new AppError('STALE_REVISION', {}, { currentRevision: current });
}
