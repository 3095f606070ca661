import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { StakeholderGroup } from '../participants/stakeholder-groups.js';

export type LocalizedText = Partial<Record<'en' | 'nl' | 'de' | 'it', string>>;

/** A questionnaire with a stable key; its content lives in versions. */
@Entity('instrument')
export class Instrument {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('UQ_instrument_key', { unique: true })
  @Column({ type: 'varchar', length: 64 })
  key: string;

  @Column({ type: 'jsonb' })
  title: LocalizedText;

  @Column({ name: 'target_groups', type: 'jsonb', default: [] })
  targetGroups: StakeholderGroup[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
