import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export type LocalizedTexts = Partial<Record<'en' | 'nl' | 'de' | 'it', string>>;
export type Valence = 'positive' | 'negative' | 'conditional' | 'neutral';

/**
 * A code of the shared codebook (one tree for the project). Concurrent edits are guarded by
 * `revision` with a conditional UPDATE; merged codes stay as tombstones pointing at their heir.
 */
@Entity('code')
@Index('IDX_code_parent', ['parentId'])
export class Code {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('UQ_code_key', { unique: true })
  @Column({ type: 'varchar', length: 80 })
  key: string;

  @Column({ name: 'parent_id', type: 'uuid', nullable: true })
  parentId: string | null;

  @Column({ type: 'jsonb' })
  name: LocalizedTexts;

  @Column({ type: 'jsonb', default: {} })
  definition: LocalizedTexts;

  @Column({ type: 'jsonb', default: {} })
  inclusion: LocalizedTexts;

  @Column({ type: 'jsonb', default: {} })
  exclusion: LocalizedTexts;

  @Column({ type: 'jsonb', default: {} })
  example: LocalizedTexts;

  @Column({ type: 'varchar', length: 7, default: '#5b6b7a' })
  color: string;

  @Column({ type: 'varchar', length: 16, nullable: true })
  criterion: string | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  valence: Valence | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  task: string | null;

  @Column({ type: 'integer', default: 1 })
  revision: number;

  // Set when merged into another code: codings moved there, this code is kept for history only.
  @Column({ name: 'merged_into_id', type: 'uuid', nullable: true })
  mergedIntoId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
