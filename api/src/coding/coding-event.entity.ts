import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export type CodingEventKind = 'added' | 'removed' | 'memo_changed' | 'recoded';

/** Append-only log of every coding change (who, when, what), as Taguette keeps one. */
@Entity('coding_event')
@Index('IDX_coding_event_transcript', ['transcriptId'])
export class CodingEvent {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id: string;

  @Column({ type: 'timestamptz' })
  at: Date;

  @Column({ name: 'coder_id', type: 'uuid' })
  coderId: string;

  @Column({ type: 'varchar', length: 16 })
  kind: CodingEventKind;

  @Column({ name: 'coding_id', type: 'uuid' })
  codingId: string;

  @Column({ name: 'transcript_id', type: 'uuid' })
  transcriptId: string;

  @Column({ name: 'code_id', type: 'uuid' })
  codeId: string;

  @Column({ name: 'start_cp', type: 'integer' })
  startCp: number;

  @Column({ name: 'end_cp', type: 'integer' })
  endCp: number;

  @Column({ type: 'text', nullable: true })
  memo: string | null;
}
