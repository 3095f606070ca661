import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * The project's replacement list, without the identifiers themselves: each term is kept only as
 * a keyed hash (HMAC), so the next transcript can recognise "Jansen" and reuse [NAME-3], while a
 * copy of the database reveals no name.
 */
@Entity('pseudonym_term')
@Index('UQ_pseudonym_term_hash', ['termHash'], { unique: true })
export class PseudonymTerm {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'term_hash', type: 'char', length: 64 })
  termHash: string;

  // How many words the term has, so new texts are scanned with n-grams of that length.
  @Column({ name: 'word_count', type: 'integer' })
  wordCount: number;

  @Column({ type: 'varchar', length: 32 })
  placeholder: string;

  @Column({ type: 'varchar', length: 16 })
  kind: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
