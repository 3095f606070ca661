import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Center, type Language } from '../centers/center.entity.js';
import type { StakeholderGroup } from './stakeholder-groups.js';

/**
 * A pseudonymous participant. By construction there is no column for a name, birth date,
 * address, phone number or e-mail: the code is the only handle research data ever has.
 */
@Entity('participant')
// One sequence per center and group; the unique pair backs the code's uniqueness.
@Index('UQ_participant_center_group_sequence', ['centerCode', 'group', 'sequence'], { unique: true })
export class Participant {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('UQ_participant_code', { unique: true })
  @Column({ type: 'varchar', length: 32 })
  code: string;

  @Column({ name: 'center_code', type: 'varchar', length: 16 })
  centerCode: string;

  @ManyToOne(() => Center, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'center_code' })
  center?: Relation<Center>;

  @Column({ name: 'stakeholder_group', type: 'varchar', length: 16 })
  group: StakeholderGroup;

  @Column({ type: 'integer' })
  sequence: number;

  @Column({ type: 'varchar', length: 2 })
  language: Language;

  @Column({ name: 'consent_version', type: 'varchar', length: 64, nullable: true })
  consentVersion: string | null;

  @Column({ name: 'consent_given_at', type: 'timestamptz', nullable: true })
  consentGivenAt: Date | null;

  @Column({ name: 'withdrawn_at', type: 'timestamptz', nullable: true })
  withdrawnAt: Date | null;

  // True once the participant's research data was erased after withdrawal.
  @Column({ name: 'data_erased', type: 'boolean', default: false })
  dataErased: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
