import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Instrument, type LocalizedText } from './instrument.entity.js';

export type VersionStatus = 'draft' | 'published' | 'retired';

export interface ConsentText {
  version: string;
  text: LocalizedText;
}

/**
 * One version of an instrument's SurveyJS definition. Drafts change (optimistically locked by
 * `revision`); a published version is immutable and carries the checksum of its definition, so
 * every response keeps the exact meaning of the questions it answered.
 */
@Entity('instrument_version')
// Version numbers count up per instrument.
@Index('UQ_instrument_version_number', ['instrumentId', 'version'], { unique: true })
export class InstrumentVersion {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'instrument_id', type: 'uuid' })
  instrumentId: string;

  @ManyToOne(() => Instrument, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'instrument_id' })
  instrument?: Relation<Instrument>;

  @Column({ type: 'integer' })
  version: number;

  @Column({ type: 'varchar', length: 16 })
  status: VersionStatus;

  @Column({ type: 'jsonb' })
  definition: Record<string, unknown>;

  // Languages the version offers to respondents; publishing requires each to be complete.
  @Column({ type: 'jsonb', default: [] })
  languages: string[];

  @Column({ type: 'jsonb', nullable: true })
  consent: ConsentText | null;

  // SHA-256 of the canonical definition, fixed at publication.
  @Column({ type: 'char', length: 64, nullable: true })
  checksum: string | null;

  // Optimistic lock for draft edits: updates are conditional on it (see instruments.service).
  @Column({ type: 'integer', default: 1 })
  revision: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @Column({ name: 'retired_at', type: 'timestamptz', nullable: true })
  retiredAt: Date | null;
}
