export const TRANSLATION_FORMATS = ['csv', 'xlsx'] as const;

export type TranslationFormat = (typeof TRANSLATION_FORMATS)[number];

export interface TranslationChange {
  path: string;
  language: string;
  before: string | null;
  after: string;
}

/** What an imported translation file changed in a draft; rows with unknown paths are left out. */
export interface TranslationImportResult {
  changes: TranslationChange[];
  unknownPaths: string[];
  /** The draft's revision after the import, for the next write. */
  revision: number;
}
