/** The study's languages; German decides how capitalised words are treated (all its nouns are). */
export type PseudonymizationLanguage = 'nl' | 'de' | 'it' | 'en';
