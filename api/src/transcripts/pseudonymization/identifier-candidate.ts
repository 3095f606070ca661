/** What kind of identifier a candidate is; 'capitalized' is a guess the researcher must confirm. */
export type IdentifierKind = 'email' | 'phone' | 'date' | 'postcode' | 'name' | 'capitalized' | 'hospital' | 'url';

export const IDENTIFIER_KINDS: readonly IdentifierKind[] = ['email', 'phone', 'date', 'postcode', 'name', 'capitalized', 'hospital', 'url'];

export function isIdentifierKind(value: string): value is IdentifierKind {
  return (IDENTIFIER_KINDS as readonly string[]).includes(value);
}

/** The placeholder of every kind except names, which are numbered ([NAME-1], [NAME-2], …). */
export const PLACEHOLDERS = {
  email: '[EMAIL]',
  phone: '[PHONE]',
  date: '[DATE]',
  postcode: '[POSTCODE]',
  hospital: '[HOSPITAL]',
  url: '[URL]',
} as const satisfies Record<Exclude<IdentifierKind, 'name' | 'capitalized'>, string>;

/** Suggested for a capitalised word until the researcher confirms it is a name (then it gets a number). */
export const UNCONFIRMED_NAME_PLACEHOLDER = '[NAME-?]';

/** A stretch of text that probably identifies someone, with the placeholder to put in its place. */
export interface IdentifierCandidate {
  /** Code-point offsets into the text, [start, end) half-open. */
  start: number;
  end: number;
  /** The text between start and end, as written. */
  text: string;
  kind: IdentifierKind;
  suggestion: string;
}

/** A detector's finding in UTF-16 indices (what regular expressions give), before offsets become code points. */
export interface RawIdentifier {
  start: number;
  end: number;
  kind: IdentifierKind;
  /** Names: the list entry it stands for, so all its forms share one placeholder. */
  term?: string;
  /** A placeholder fixed in advance (from the project's replacement list). */
  placeholder?: string;
}
