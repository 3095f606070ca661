import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, type Relation } from 'typeorm';
import { Center } from '../centers/center.entity.js';
import { AiPackage } from './ai-package.entity.js';
import type { BenchmarkMetric, BenchmarkTask } from './benchmark-schema.js';

/** One reported number: a package version's metric on a task, at a center, on a dataset. */
@Entity('benchmark_result')
// The natural key of a row: importing the same key again updates it instead of duplicating it.
@Index('UQ_benchmark_result_key', ['packageKey', 'packageVersion', 'task', 'centerCode', 'dataset', 'metric'], { unique: true })
// Center-scoped readers filter by center.
@Index('IDX_benchmark_result_center', ['centerCode'])
export class BenchmarkResult {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'package_key', type: 'varchar', length: 40 })
  packageKey: string;

  @ManyToOne(() => AiPackage, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'package_key' })
  package?: Relation<AiPackage>;

  @Column({ name: 'package_version', type: 'varchar', length: 40 })
  packageVersion: string;

  @Column({ type: 'varchar', length: 16 })
  task: BenchmarkTask;

  @Column({ name: 'center_code', type: 'varchar', length: 16 })
  centerCode: string;

  @ManyToOne(() => Center, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'center_code' })
  center?: Relation<Center>;

  @Column({ type: 'varchar', length: 80 })
  dataset: string;

  @Column({ type: 'varchar', length: 32 })
  metric: BenchmarkMetric;

  @Column({ type: 'double precision' })
  value: number;

  @Column({ name: 'ci_low', type: 'double precision' })
  ciLow: number;

  @Column({ name: 'ci_high', type: 'double precision' })
  ciHigh: number;

  @Column({ type: 'integer' })
  n: number;

  // The import that last wrote this row (null for demo seed rows).
  @Column({ name: 'import_id', type: 'uuid', nullable: true })
  importId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
