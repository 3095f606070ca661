import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Code } from '../codebook/code.entity.js';
import { Transcript } from '../transcripts/transcript.entity.js';

/** A passage [start, end) of a transcript (code points) that one coder tagged with one code. */
@Entity('coding')
// Retrieval by code across transcripts, and the reader's view of one transcript.
@Index('IDX_coding_code', ['codeId'])
@Index('IDX_coding_transcript_coder', ['transcriptId', 'coderId'])
export class Coding {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'transcript_id', type: 'uuid' })
  transcriptId: string;

  @ManyToOne(() => Transcript, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'transcript_id' })
  transcript?: Relation<Transcript>;

  @Column({ name: 'code_id', type: 'uuid' })
  codeId: string;

  @ManyToOne(() => Code, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'code_id' })
  code?: Relation<Code>;

  @Column({ name: 'coder_id', type: 'uuid' })
  coderId: string;

  @Column({ name: 'start_cp', type: 'integer' })
  startCp: number;

  @Column({ name: 'end_cp', type: 'integer' })
  endCp: number;

  @Column({ type: 'text', nullable: true })
  memo: string | null;

  // The coded text and a little context on each side, copied at coding time: transcripts never
  // change after import, and retrieval then needs no read of whole transcripts.
  @Column({ type: 'text', default: '' })
  passage: string;

  @Column({ name: 'context_before', type: 'text', default: '' })
  contextBefore: string;

  @Column({ name: 'context_after', type: 'text', default: '' })
  contextAfter: string;

  @Column({ type: 'integer', default: 1 })
  revision: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
