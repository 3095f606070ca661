import { createCodePointIndex } from '../transcripts/import/code-point-offsets.js';
import { findEmails } from '../transcripts/pseudonymization/find-emails.js';
import { findListedNames } from '../transcripts/pseudonymization/find-listed-names.js';
import { findPhoneNumbers } from '../transcripts/pseudonymization/find-phone-numbers.js';
import { findPostcodes } from '../transcripts/pseudonymization/find-postcodes.js';
import { findUrls } from '../transcripts/pseudonymization/find-urls.js';
import type { KnownTermMatch } from '../transcripts/pseudonymization/find-identifiers.js';
import { PLACEHOLDERS, type RawIdentifier } from '../transcripts/pseudonymization/identifier-candidate.js';
import { selectNonOverlapping } from '../transcripts/pseudonymization/select-non-overlapping.js';

/** Put in place of a name in free text; unnumbered, since answers are not reviewed like transcripts. */
export const FREE_TEXT_NAME_PLACEHOLDER = '[NAME]';

export interface ScrubFreeTextOptions {
  /** Names to find wherever they occur (case-insensitive, whole words, also each part of the name). */
  names?: readonly string[];
  /** Terms of the project's replacement list found in this text (by hash), code-point offsets; they keep their placeholder. */
  knownTerms?: (text: string) => readonly KnownTermMatch[];
}

// Phrases after which a respondent gives their own name, in the four study languages.
const INTRODUCTION = /(?<![\p{L}\p{N}])(?:ich hei(?:ß|ss)e|mein name ist|my name is|i am called|mi chiamo|il mio nome è|ik heet|mijn naam is)[ \t]+/giu;
// The name itself: one to four capitalised words, name particles allowed between them ("Anna van der Berg").
const NAME_WORD = String.raw`\p{Lu}[\p{L}\p{M}'’-]*`;
const PARTICLE = String.raw`(?:van|von|de|der|den|ten|ter|zu|di|da|del|della|dei|la|le|du)`;
const INTRODUCED_NAME = new RegExp(String.raw`${NAME_WORD}(?:[ \t]+(?:${PARTICLE}[ \t]+)*${NAME_WORD}){0,3}`, 'uy');

/** Names a respondent introduces themselves with ("Ich heiße Anna Jansen" → "Anna Jansen"), UTF-16 offsets. */
export function findIntroducedNames(text: string): RawIdentifier[] {
  const found: RawIdentifier[] = [];
  for (const intro of text.matchAll(INTRODUCTION)) {
    INTRODUCED_NAME.lastIndex = intro.index + intro[0].length;
    const name = INTRODUCED_NAME.exec(text);
    if (name) found.push({ start: name.index, end: name.index + name[0].length, kind: 'name' });
  }
  return found;
}

/**
 * A free-text answer with direct identifiers replaced by placeholders, for pseudonymized exports:
 * e-mail addresses, URLs, phone numbers, postcodes, the project's known terms, names given after a
 * self-introduction ("ich heiße …", "my name is …", "mi chiamo …", "ik heet …") and every further
 * occurrence of such a name or of `names` in the same text. Capitalised words in general are not
 * replaced: in German every noun is capitalised, and answers are not reviewed by a person the way
 * transcripts are, so that guess would destroy the content. Dates are kept (date questions hold them).
 */
export function scrubFreeText(text: string, options: ScrubFreeTextOptions = {}): string {
  if (text.length === 0) return text;
  const introduced = findIntroducedNames(text);
  const names = [...(options.names ?? []), ...introduced.map((name) => text.slice(name.start, name.end))];
  const known = options.knownTerms?.(text) ?? [];
  let knownRaw: RawIdentifier[] = [];
  if (known.length > 0) {
    const index = createCodePointIndex(text);
    knownRaw = known.map((term) => ({ start: index.toUtf16(term.start), end: index.toUtf16(term.end), kind: term.kind, placeholder: term.placeholder }));
  }
  const candidates = [
    ...knownRaw,
    ...findEmails(text),
    ...findUrls(text),
    ...findPhoneNumbers(text),
    ...findPostcodes(text),
    ...introduced,
    ...(names.length > 0 ? findListedNames(text, names) : []),
  ];
  // Most cells hold nothing to replace: skip the overlap selection (it allocates per character).
  if (candidates.length === 0) return text;
  const found = selectNonOverlapping(candidates, text.length);
  let scrubbed = '';
  let copiedUpTo = 0;
  for (const identifier of found) {
    scrubbed += text.slice(copiedUpTo, identifier.start) + placeholderOf(identifier);
    copiedUpTo = identifier.end;
  }
  return scrubbed + text.slice(copiedUpTo);
}

function placeholderOf(identifier: RawIdentifier): string {
  if (identifier.placeholder !== undefined) return identifier.placeholder;
  switch (identifier.kind) {
    case 'name':
    case 'capitalized':
      return FREE_TEXT_NAME_PLACEHOLDER;
    default:
      return PLACEHOLDERS[identifier.kind];
  }
}
