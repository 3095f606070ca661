import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { InstrumentVersion } from '../instruments/instrument-version.entity.js';
import { Participant } from '../participants/participant.entity.js';

export type ResponseStatus = 'in_progress' | 'completed';

/**
 * A participant's answers to one instrument version. The id is made by the client, so a retried
 * submission lands on the same row: saving is an idempotent upsert and nothing is duplicated.
 * `data` is SurveyJS's answer object ({questionName: value}) after server-side validation.
 */
@Entity('survey_response')
// Listing a participant's responses and erasing them on withdrawal.
@Index('IDX_survey_response_participant', ['participantId'])
// Exports and descriptives read one version's responses.
@Index('IDX_survey_response_version_status', ['instrumentVersionId', 'status'])
export class SurveyResponse {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'instrument_version_id', type: 'uuid' })
  instrumentVersionId: string;

  @ManyToOne(() => InstrumentVersion, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'instrument_version_id' })
  instrumentVersion?: Relation<InstrumentVersion>;

  @Column({ name: 'participant_id', type: 'uuid' })
  participantId: string;

  @ManyToOne(() => Participant, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'participant_id' })
  participant?: Relation<Participant>;

  // Denormalised from the participant: center scoping of lists without a join.
  @Column({ name: 'center_code', type: 'varchar', length: 16 })
  centerCode: string;

  @Column({ type: 'varchar', length: 16 })
  status: ResponseStatus;

  @Column({ type: 'jsonb' })
  data: Record<string, unknown>;

  @Column({ type: 'varchar', length: 2 })
  language: string;

  // Optimistic lock: each accepted change increments it; a stale one gets 409.
  @Column({ type: 'integer' })
  revision: number;

  // SHA-256 of status + canonical data: tells an identical retry from a conflicting change.
  @Column({ name: 'content_hash', type: 'char', length: 64 })
  contentHash: string;

  @Column({ name: 'started_at', type: 'timestamptz' })
  startedAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true })
  completedAt: Date | null;
}
