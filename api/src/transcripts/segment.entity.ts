import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Transcript } from './transcript.entity.js';

export type SpeakerRole = 'interviewer' | 'participant' | 'unknown';

/**
 * A speaker turn: a code-point range of its transcript, with the turn's text copied so full-text
 * search can index and highlight it per language (IDX_segment_fulltext, created by migration).
 */
@Entity('segment')
@Index('IDX_segment_transcript_ordinal', ['transcriptId', 'ordinal'], { unique: true })
// GIN index on search_vector, and the trigger that fills it: managed by migrations.
@Index('IDX_segment_search_vector', { synchronize: false })
export class Segment {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'transcript_id', type: 'uuid' })
  transcriptId: string;

  @ManyToOne(() => Transcript, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'transcript_id' })
  transcript?: Relation<Transcript>;

  @Column({ type: 'integer' })
  ordinal: number;

  @Column({ name: 'start_cp', type: 'integer' })
  startCp: number;

  @Column({ name: 'end_cp', type: 'integer' })
  endCp: number;

  @Column({ name: 'speaker_label', type: 'text', nullable: true })
  speakerLabel: string | null;

  @Column({ type: 'varchar', length: 16 })
  role: SpeakerRole;

  @Column({ name: 'media_start', type: 'double precision', nullable: true })
  mediaStart: number | null;

  @Column({ name: 'media_end', type: 'double precision', nullable: true })
  mediaEnd: number | null;

  @Column({ type: 'varchar', length: 2 })
  language: string;

  @Column({ type: 'text' })
  text: string;

  // to_tsvector in the segment's language, filled by a trigger; never read by the app itself.
  @Column({ name: 'search_vector', type: 'tsvector', nullable: true, select: false, insert: false, update: false })
  searchVector?: string | null;
}
