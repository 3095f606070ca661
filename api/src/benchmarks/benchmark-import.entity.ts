import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A benchmark file that changed something: what it was, who brought it in, what it did. */
@Entity('benchmark_import')
// Preview tells the lead when the same file was imported before.
@Index('IDX_benchmark_import_sha256', ['sha256'])
export class BenchmarkImport {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'file_name', type: 'text' })
  fileName: string;

  @Column({ type: 'char', length: 64 })
  sha256: string;

  @Column({ name: 'row_count', type: 'integer' })
  rowCount: number;

  @Column({ type: 'integer' })
  created: number;

  @Column({ type: 'integer' })
  updated: number;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId: string | null;

  @Column({ name: 'actor_email', type: 'text', nullable: true })
  actorEmail: string | null;

  @CreateDateColumn({ name: 'imported_at', type: 'timestamptz' })
  importedAt: Date;
}
