import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The last pseudonym number handed out per center and group, advanced atomically. */
@Entity('participant_counter')
export class ParticipantCounter {
  @PrimaryColumn({ name: 'center_code', type: 'varchar', length: 16 })
  centerCode: string;

  @PrimaryColumn({ name: 'stakeholder_group', type: 'varchar', length: 16 })
  group: string;

  @Column({ name: 'last_value', type: 'integer' })
  lastValue: number;
}
