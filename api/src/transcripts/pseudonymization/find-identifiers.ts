import { createCodePointIndex } from '../import/code-point-offsets.js';
import { findCapitalizedWords } from './find-capitalized-words.js';
import { findDates } from './find-dates.js';
import { findEmails } from './find-emails.js';
import { findHospitals } from './find-hospitals.js';
import { findListedNames } from './find-listed-names.js';
import { findPhoneNumbers } from './find-phone-numbers.js';
import { findPostcodes } from './find-postcodes.js';
import { findUrls } from './find-urls.js';
import { PLACEHOLDERS, UNCONFIRMED_NAME_PLACEHOLDER, type IdentifierCandidate, type IdentifierKind, type RawIdentifier } from './identifier-candidate.js';
import type { PseudonymizationLanguage } from './pseudonymization-language.js';
import { findListTerms, highestNameNumber, type ReplacementList } from './replacement-list.js';
import { selectNonOverlapping } from './select-non-overlapping.js';
import { termKey } from './word-boundary.js';

/** A term already located in this text by other means (e.g. the project's hashed term list), code-point offsets. */
export interface KnownTermMatch {
  start: number;
  end: number;
  placeholder: string;
  kind: IdentifierKind;
}

export interface FindIdentifiersOptions {
  /** The project's list of names (participants, relatives, clinicians) to find wherever they occur. */
  names: readonly string[];
  /** Words the researcher confirmed as names in earlier reviews; treated like `names`. */
  confirmedWords?: readonly string[];
  /**
   * The transcript's language. German gets no capitalised-word guesses (all nouns are capitalised);
   * without a language, a text that looks German-like gets none either.
   */
  language?: PseudonymizationLanguage;
  /** The project's replacement list in clear text: its terms keep their placeholders, and new names are numbered after it. */
  replacementList?: ReplacementList;
  /** Terms found by the caller (e.g. by hash); they win over detection, and their placeholders count for numbering. */
  knownTerms?: readonly KnownTermMatch[];
  /** Placeholders the project has already handed out; new names are numbered after the highest [NAME-n]. */
  usedPlaceholders?: readonly string[];
}

function placeholderFor(kind: Exclude<IdentifierKind, 'name' | 'capitalized'>): string {
  return PLACEHOLDERS[kind];
}

/**
 * Likely direct identifiers in a transcript, sorted and non-overlapping, each with a suggested
 * placeholder: e-mail addresses, URLs, phone numbers, dates, postcodes, hospitals, names from the
 * project's list (numbered [NAME-1], [NAME-2] … per distinct name, consistent with the replacement
 * list) and, outside German, capitalised words inside sentences as unconfirmed names ([NAME-?]).
 * Offsets are code points into `text`. Nothing here is certain: the researcher reviews every candidate.
 */
export function findIdentifiers(text: string, options: FindIdentifiersOptions): IdentifierCandidate[] {
  const index = createCodePointIndex(text);
  const list = options.replacementList ?? [];
  const known: RawIdentifier[] = (options.knownTerms ?? []).map((term) => ({
    start: index.toUtf16(term.start),
    end: index.toUtf16(term.end),
    kind: term.kind,
    term: termKey(index.slice(term.start, term.end)),
    placeholder: term.placeholder,
  }));
  const found = selectNonOverlapping(
    [
      ...known,
      ...findListTerms(text, list),
      ...findEmails(text),
      ...findUrls(text),
      ...findPhoneNumbers(text),
      ...findDates(text),
      ...findPostcodes(text),
      ...findHospitals(text),
      ...findListedNames(text, [...options.names, ...(options.confirmedWords ?? [])]),
      ...findCapitalizedWords(text, options.language),
    ],
    text.length,
  );

  // Names keep the placeholder the project gave them; new names are numbered after every number in use.
  const namePlaceholders = new Map<string, string>();
  for (const entry of list) if (entry.kind === 'name') namePlaceholders.set(termKey(entry.term), entry.placeholder);
  for (const term of found) if (term.kind === 'name' && term.term !== undefined && term.placeholder !== undefined) namePlaceholders.set(term.term, term.placeholder);
  let next =
    highestNameNumber([...list, ...(options.knownTerms ?? []), ...(options.usedPlaceholders ?? []).map((placeholder) => ({ placeholder }))]) + 1;

  return found.map((identifier) => {
    let suggestion = identifier.placeholder;
    if (suggestion === undefined) {
      if (identifier.kind === 'capitalized') {
        suggestion = UNCONFIRMED_NAME_PLACEHOLDER;
      } else if (identifier.kind === 'name') {
        const key = identifier.term ?? termKey(text.slice(identifier.start, identifier.end));
        suggestion = namePlaceholders.get(key);
        if (suggestion === undefined) {
          suggestion = `[NAME-${next}]`;
          next += 1;
          namePlaceholders.set(key, suggestion);
        }
      } else {
        suggestion = placeholderFor(identifier.kind);
      }
    }
    return {
      start: index.toCodePoint(identifier.start),
      end: index.toCodePoint(identifier.end),
      text: text.slice(identifier.start, identifier.end),
      kind: identifier.kind,
      suggestion,
    };
  });
}
