import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Participant } from '../participants/participant.entity.js';
import type { StakeholderGroup } from '../participants/stakeholder-groups.js';

/**
 * An interview, stored only after pseudonymization: `text` never holds the names, dates or
 * contact details the researcher replaced on import. Offsets into it count Unicode code points.
 */
@Entity('transcript')
// Lists filter by center, group and language.
@Index('IDX_transcript_center_group_language', ['centerCode', 'group', 'language'])
@Index('IDX_transcript_participant', ['participantId'])
export class Transcript {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'participant_id', type: 'uuid' })
  participantId: string;

  @ManyToOne(() => Participant, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'participant_id' })
  participant?: Relation<Participant>;

  // Denormalised from the participant so lists and crosstabs need no join.
  @Column({ name: 'center_code', type: 'varchar', length: 16 })
  centerCode: string;

  @Column({ name: 'stakeholder_group', type: 'varchar', length: 16 })
  group: StakeholderGroup;

  @Column({ type: 'varchar', length: 2 })
  language: string;

  // Month precision only: the first day of the interview month.
  @Column({ name: 'interview_month', type: 'date' })
  interviewMonth: string;

  @Column({ name: 'source_format', type: 'varchar', length: 8 })
  sourceFormat: string;

  @Column({ type: 'text' })
  text: string;

  // Length of `text` in code points, the unit of every offset.
  @Column({ name: 'length_cp', type: 'integer' })
  lengthCp: number;

  // Blind coding: until the lead reveals, each coder sees only their own codings.
  @Column({ name: 'codings_revealed_at', type: 'timestamptz', nullable: true })
  codingsRevealedAt: Date | null;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
