import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { ExplainabilityFeature, Integration, RegulatoryStatus } from './benchmark-schema.js';

/** An AI software package in the benchmark. Edits are guarded by `revision` (conditional UPDATE). */
@Entity('ai_package')
export class AiPackage {
  // Natural key: the `package` column of benchmark files.
  @PrimaryColumn({ type: 'varchar', length: 40 })
  key: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text', default: '' })
  vendor: string;

  @Column({ name: 'regulatory_status', type: 'varchar', length: 24, default: 'unknown' })
  regulatoryStatus: RegulatoryStatus;

  // A small set (subset of EXPLAINABILITY_FEATURES); jsonb keeps it one column.
  @Column({ name: 'explainability_features', type: 'jsonb', default: [] })
  explainabilityFeatures: ExplainabilityFeature[];

  @Column({ type: 'jsonb', default: [] })
  integration: Integration[];

  // Demo packages with made-up results; the UI labels them.
  @Column({ type: 'boolean', default: false })
  synthetic: boolean;

  @Column({ type: 'integer', default: 1 })
  revision: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
