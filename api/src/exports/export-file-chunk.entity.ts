import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { ExportJob } from './export-job.entity.js';

/**
 * The exported file in ~1 MiB pieces, in the database so any replica can serve the download and
 * nothing depends on a local disk. Read back in seq order.
 */
@Entity('export_file_chunk')
export class ExportFileChunk {
  @PrimaryColumn({ name: 'job_id', type: 'uuid', primaryKeyConstraintName: 'PK_export_file_chunk' })
  jobId: string;

  @PrimaryColumn({ type: 'integer', primaryKeyConstraintName: 'PK_export_file_chunk' })
  seq: number;

  @ManyToOne(() => ExportJob, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'job_id', foreignKeyConstraintName: 'FK_export_file_chunk_job' })
  job?: Relation<ExportJob>;

  @Column({ type: 'bytea' })
  data: Buffer;
}
