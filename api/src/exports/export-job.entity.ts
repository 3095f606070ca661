import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { User } from '../identity/user.entity.js';

/** expired: the file was removed (retention period over, or a withdrawal erased data it held). */
export type ExportJobStatus = 'queued' | 'running' | 'done' | 'failed' | 'cancelled' | 'expired';

/**
 * One requested export. The row is the source of truth for the UI; pg-boss only schedules the
 * work (its job id equals this id). The file itself lives in export_file_chunk.
 */
@Entity('export_job')
// The job list is read newest first.
@Index('IDX_export_job_created', ['createdAt'])
export class ExportJob {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'PK_export_job' })
  id: string;

  @Column({ type: 'varchar', length: 32 })
  kind: string;

  @Column({ type: 'jsonb' })
  params: Record<string, unknown>;

  @Column({ type: 'varchar', length: 2 })
  language: string;

  @Column({ type: 'varchar', length: 16 })
  status: ExportJobStatus;

  @Column({ name: 'progress_done', type: 'integer', default: 0 })
  progressDone: number;

  @Column({ name: 'progress_total', type: 'integer', default: 0 })
  progressTotal: number;

  @Column({ name: 'requested_by', type: 'uuid' })
  requestedBy: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'requested_by', foreignKeyConstraintName: 'FK_export_job_requested_by' })
  requester?: Relation<User>;

  @Column({ name: 'file_name', type: 'text', nullable: true })
  fileName: string | null;

  @Column({ name: 'content_type', type: 'text', nullable: true })
  contentType: string | null;

  // How many times a worker started it (a restart mid-way retries it).
  @Column({ type: 'integer', default: 0 })
  attempts: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'started_at', type: 'timestamptz', nullable: true })
  startedAt: Date | null;

  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt: Date | null;

  @Column({ name: 'error_code', type: 'varchar', length: 64, nullable: true })
  errorCode: string | null;

  // bigint: files may pass 2 GiB; read as a string by the pg driver.
  @Column({ name: 'byte_size', type: 'bigint', nullable: true })
  byteSize: string | null;

  @Column({ type: 'char', length: 64, nullable: true })
  sha256: string | null;
}
