import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, type Relation } from 'typeorm';
import type { LocalizedTexts } from '../codebook/code.entity.js';
import { Coding } from '../coding/coding.entity.js';

/**
 * A coded passage a researcher pinned as the exemplar quote of a criterion for a stakeholder group
 * in the joint display, with optional translations. The original text stays on the coding; the
 * joint display shows the translation in the reader's language when there is one.
 */
@Entity('pinned_quote')
// One pin per passage, criterion and group; pinning again edits the existing one.
@Index('UQ_pinned_quote_coding_criterion_group', ['codingId', 'criterion', 'group'], { unique: true })
// The joint display reads the pins of one criterion × group cell.
@Index('IDX_pinned_quote_criterion_group', ['criterion', 'group'])
export class PinnedQuote {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'coding_id', type: 'uuid' })
  codingId: string;

  // Unpinned with its passage: a quote whose coding was removed has nothing left to show.
  @ManyToOne(() => Coding, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'coding_id' })
  coding?: Relation<Coding>;

  @Column({ type: 'varchar', length: 24 })
  criterion: string;

  @Column({ name: 'stakeholder_group', type: 'varchar', length: 16 })
  group: string;

  @Column({ type: 'jsonb', default: {} })
  translations: LocalizedTexts;

  // Denormalised from the transcript so center scoping needs no join.
  @Column({ name: 'center_code', type: 'varchar', length: 16 })
  centerCode: string;

  @Column({ name: 'pinned_by', type: 'uuid' })
  pinnedBy: string;

  // Optimistic lock for translation edits.
  @Column({ type: 'integer', default: 1 })
  revision: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
