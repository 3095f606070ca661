import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { BenchmarkMetric, Criterion, DerivedMetric } from './benchmark-schema.js';
import type { BoundedNormalisation } from './benchmark-views.js';

/** One metric's contribution to one criterion; edited by leads with optimistic locking. */
@Entity('criterion_metric')
// A metric counts once per criterion.
@Index('UQ_criterion_metric', ['criterion', 'metric'], { unique: true })
export class CriterionMetric {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 24 })
  criterion: Criterion;

  @Column({ type: 'varchar', length: 32 })
  metric: BenchmarkMetric | DerivedMetric;

  @Column({ type: 'varchar', length: 8 })
  direction: 'higher' | 'lower';

  // Documented shape: BoundedNormalisation (jsonb so other kinds can be added without a migration).
  @Column({ type: 'jsonb' })
  normalisation: BoundedNormalisation;

  @Column({ type: 'double precision' })
  weight: number;

  @Column({ type: 'integer', default: 1 })
  revision: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
