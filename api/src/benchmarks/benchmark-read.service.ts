import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { centerScope, type Actor } from '../access/actor.js';
import { AiPackage } from './ai-package.entity.js';
import { BenchmarkResult } from './benchmark-result.entity.js';
import { CRITERIA } from './benchmark-schema.js';
import { toCriterionMetricView, toPackageView, toResultView } from './benchmark-mappers.js';
import type { AiPackageView, BenchmarkResultView, CriterionMetricView } from './benchmark-views.js';
import { CriterionMetric } from './criterion-metric.entity.js';

export interface BenchmarkResultFilter {
  packages?: string[];
  centers?: string[];
  tasks?: string[];
  metrics?: string[];
}

/**
 * Read access to the benchmark for other features (linking, joint display, exports) and for the
 * benchmark pages. Results are center-scoped like all study data: a center-scoped user sees only
 * their own center's rows, whatever the filter asks for.
 */
@Injectable()
export class BenchmarkReadService {
  constructor(private readonly dataSource: DataSource) {}

  /** Every package, ordered by key. */
  async packages(): Promise<AiPackageView[]> {
    const rows = await this.dataSource.getRepository(AiPackage).find({ order: { key: 'ASC' } });
    return rows.map(toPackageView);
  }

  /** Benchmark rows the actor may see, ordered by package, version, task, center, dataset, metric. */
  async results(actor: Actor, filter: BenchmarkResultFilter = {}): Promise<BenchmarkResultView[]> {
    const query = this.dataSource
      .getRepository(BenchmarkResult)
      .createQueryBuilder('r')
      .orderBy('r.package_key')
      .addOrderBy('r.package_version')
      .addOrderBy('r.task')
      .addOrderBy('r.center_code')
      .addOrderBy('r.dataset')
      .addOrderBy('r.metric');
    const scope = centerScope(actor);
    if (scope !== null) query.andWhere('r.center_code = :scope', { scope });
    if (filter.centers) query.andWhere('r.center_code IN (:...centers)', { centers: nonEmpty(filter.centers) });
    if (filter.tasks) query.andWhere('r.task IN (:...tasks)', { tasks: nonEmpty(filter.tasks) });
    if (filter.packages) query.andWhere('r.package_key IN (:...packages)', { packages: nonEmpty(filter.packages) });
    if (filter.metrics) query.andWhere('r.metric IN (:...metrics)', { metrics: nonEmpty(filter.metrics) });
    return (await query.getMany()).map(toResultView);
  }

  /** The criterion mapping, ordered by criterion (in CRITERIA order) then metric. */
  async criterionMapping(): Promise<CriterionMetricView[]> {
    const rows = (await this.dataSource.getRepository(CriterionMetric).find()).map(toCriterionMetricView);
    return rows.sort((a, b) => CRITERIA.indexOf(a.criterion) - CRITERIA.indexOf(b.criterion) || a.metric.localeCompare(b.metric));
  }
}

// An empty filter list means "none of them"; IN () is not valid SQL, so match an impossible value.
function nonEmpty(values: string[]): string[] {
  return values.length > 0 ? values : ['\u0000'];
}
