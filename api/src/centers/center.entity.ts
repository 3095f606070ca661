import { Column, Entity, PrimaryColumn } from 'typeorm';

export const LANGUAGES = ['nl', 'de', 'it', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** A participating hospital or university. Its short code is also the prefix of pseudonyms. */
@Entity('center')
export class Center {
  // Natural key: codes such as UKM appear in pseudonyms and never change.
  @PrimaryColumn({ type: 'varchar', length: 16 })
  code: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  city: string;

  // ISO 3166-1 alpha-2.
  @Column({ type: 'char', length: 2 })
  country: string;

  @Column({ name: 'default_language', type: 'varchar', length: 2 })
  defaultLanguage: Language;
}
