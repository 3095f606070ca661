import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export type SurveyAccessKind = 'tablet' | 'invitation';

/**
 * Lets one participant answer one instrument, and nothing else: a short-lived tablet session
 * started by site staff, or a clinician's personal invitation link (reusable until completion so
 * they can resume). Only the token's hash is stored.
 */
@Entity('survey_access_token')
@Index('IDX_survey_access_token_participant', ['participantId'])
export class SurveyAccessToken {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('UQ_survey_access_token_hash', { unique: true })
  @Column({ name: 'token_hash', type: 'char', length: 64 })
  tokenHash: string;

  @Column({ type: 'varchar', length: 16 })
  kind: SurveyAccessKind;

  @Column({ name: 'participant_id', type: 'uuid' })
  participantId: string;

  @Column({ name: 'center_code', type: 'varchar', length: 16 })
  centerCode: string;

  @Column({ name: 'instrument_version_id', type: 'uuid' })
  instrumentVersionId: string;

  // The response this token writes to, fixed by the first save so a resumed link continues it.
  @Column({ name: 'response_id', type: 'uuid', nullable: true })
  responseId: string | null;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true })
  completedAt: Date | null;

  // Wrong kiosk PINs typed on this tablet session; the session locks after five.
  @Column({ name: 'failed_unlocks', type: 'integer', default: 0 })
  failedUnlocks: number;
}
