import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export type CodeChangeKind = 'created' | 'updated' | 'renamed' | 'moved' | 'merged' | 'split' | 'imported';

/** The history of the codebook: who changed which code how, with before and after. */
@Entity('code_change')
@Index('IDX_code_change_code', ['codeId'])
export class CodeChange {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id: string;

  @Column({ name: 'code_id', type: 'uuid' })
  codeId: string;

  @Column({ type: 'timestamptz' })
  at: Date;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId: string | null;

  @Column({ type: 'varchar', length: 16 })
  kind: CodeChangeKind;

  @Column({ type: 'jsonb', nullable: true })
  before: Record<string, unknown> | null;

  @Column({ type: 'jsonb', nullable: true })
  after: Record<string, unknown> | null;
}
