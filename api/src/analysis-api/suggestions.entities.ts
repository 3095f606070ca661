import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import type { CrossValidationReport } from '@polyphony/analysis';
import { Code } from '../codebook/code.entity.js';
import { Segment } from '../transcripts/segment.entity.js';
import { Transcript } from '../transcripts/transcript.entity.js';

export type SuggestionStatus = 'pending' | 'accepted' | 'rejected';

/**
 * One trained code suggester (one language) and its cross-validated quality, kept so every
 * suggestion can say which model made it and how far that model is to be trusted.
 */
@Entity('code_suggestion_model')
export class CodeSuggestionModel {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  // The center whose codings trained it, or null when trained on every center's (project-wide caller).
  @Column({ name: 'center_code', type: 'varchar', length: 16, nullable: true })
  centerCode: string | null;

  @Column({ type: 'varchar', length: 2 })
  language: string;

  @Column({ type: 'varchar', length: 64 })
  method: string;

  @Column({ name: 'training_passages', type: 'integer' })
  trainingPassages: number;

  // Suggestions below this probability are not stored; cross-validation counts a code as suggested at it.
  @Column({ type: 'double precision' })
  threshold: number;

  // The analysis package's CrossValidationReport (folds, seed, per-code and macro/micro precision and recall).
  @Column({ type: 'jsonb' })
  evaluation: CrossValidationReport;
}

/**
 * A code the classifier proposes for one uncoded segment, waiting for a researcher. Nothing is
 * coded until a researcher accepts it; accepting creates an ordinary coding in their name.
 */
@Entity('code_suggestion')
// The review queue: one coder's pending suggestions, per transcript.
@Index('IDX_code_suggestion_queue', ['requestedBy', 'status', 'transcriptId'])
// Regeneration and cascades find a segment's suggestions.
@Index('IDX_code_suggestion_segment', ['segmentId'])
export class CodeSuggestion {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'model_id', type: 'uuid' })
  modelId: string;

  @ManyToOne(() => CodeSuggestionModel, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'model_id' })
  model?: Relation<CodeSuggestionModel>;

  @Column({ name: 'transcript_id', type: 'uuid' })
  transcriptId: string;

  @ManyToOne(() => Transcript, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'transcript_id' })
  transcript?: Relation<Transcript>;

  @Column({ name: 'segment_id', type: 'uuid' })
  segmentId: string;

  @ManyToOne(() => Segment, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'segment_id' })
  segment?: Relation<Segment>;

  @Column({ name: 'code_id', type: 'uuid' })
  codeId: string;

  @ManyToOne(() => Code, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'code_id' })
  code?: Relation<Code>;

  // Whose queue it is in: blind coding means a coder's suggestions come from what that coder may see.
  @Column({ name: 'requested_by', type: 'uuid' })
  requestedBy: string;

  // The segment's range (code points), copied so accepting codes exactly what was shown.
  @Column({ name: 'start_cp', type: 'integer' })
  startCp: number;

  @Column({ name: 'end_cp', type: 'integer' })
  endCp: number;

  @Column({ type: 'double precision' })
  confidence: number;

  @Column({ type: 'varchar', length: 16, default: 'pending' })
  status: SuggestionStatus;

  @Column({ name: 'reviewed_by', type: 'uuid', nullable: true })
  reviewedBy: string | null;

  @Column({ name: 'reviewed_at', type: 'timestamptz', nullable: true })
  reviewedAt: Date | null;

  // The coding an accept created; no foreign key, since the coder may later remove that coding.
  @Column({ name: 'coding_id', type: 'uuid', nullable: true })
  codingId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
