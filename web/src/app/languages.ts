/** The languages Polyphony speaks, in the order the language switcher offers them. */
export const LANGUAGES = ['nl', 'de', 'it', 'en'] as const;

export type Language = (typeof LANGUAGES)[number];

export const FALLBACK_LANGUAGE: Language = 'en';

/** Where an explicit choice from the language switcher is remembered on this device. */
export const LANGUAGE_STORAGE_KEY = 'polyphony.language';
