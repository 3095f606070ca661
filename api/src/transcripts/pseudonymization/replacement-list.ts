import { createCodePointIndex } from '../import/code-point-offsets.js';
import type { IdentifierCandidate, IdentifierKind, RawIdentifier } from './identifier-candidate.js';
import { selectNonOverlapping } from './select-non-overlapping.js';
import { termKey, termPattern } from './word-boundary.js';

/** One remembered replacement of a project: wherever `term` occurs again, `placeholder` replaces it. */
export interface ReplacementListEntry {
  term: string;
  placeholder: string;
  kind: IdentifierKind;
}

/** The project's replacement list, so "Jansen" is [NAME-3] in every transcript. */
export type ReplacementList = readonly ReplacementListEntry[];

const NAME_PLACEHOLDER = /^\[NAME-(\d+)\]$/;

/** The highest n of the [NAME-n] placeholders given, 0 when there is none. */
export function highestNameNumber(placeholders: Iterable<{ placeholder: string }>): number {
  let highest = 0;
  for (const { placeholder } of placeholders) {
    const match = NAME_PLACEHOLDER.exec(placeholder);
    if (match) highest = Math.max(highest, Number(match[1]));
  }
  return highest;
}

/** The placeholder for the next new name: [NAME-(highest + 1)]. Takes list entries or any rows with a placeholder. */
export function nextNamePlaceholder(list: Iterable<{ placeholder: string }>): string {
  return `[NAME-${highestNameNumber(list) + 1}]`;
}

function isNameLike(kind: IdentifierKind): boolean {
  return kind === 'name' || kind === 'capitalized';
}

/** Occurrences of the list's terms in UTF-16 indices, each with its list placeholder (not yet free of overlaps). */
export function findListTerms(text: string, list: ReplacementList): RawIdentifier[] {
  const byKey = new Map(list.map((entry) => [termKey(entry.term), entry]));
  return [true, false].flatMap((genitive) => {
    const terms = list.filter((entry) => isNameLike(entry.kind) === genitive).map((entry) => entry.term);
    const pattern = termPattern(terms, { genitive });
    if (!pattern) return [];
    return [...text.matchAll(pattern)].flatMap((match) => {
      const entry = byKey.get(termKey(match[0]));
      return entry ? [{ start: match.index, end: match.index + match[0].length, kind: entry.kind, term: termKey(entry.term), placeholder: entry.placeholder }] : [];
    });
  });
}

/**
 * Where the project's known terms occur in a new text, with the placeholders they already have:
 * whole words, case-insensitive, names also in the genitive. Sorted and free of overlaps (longer terms win).
 */
export function suggestFromList(text: string, list: ReplacementList): IdentifierCandidate[] {
  const index = createCodePointIndex(text);
  return selectNonOverlapping(findListTerms(text, list), text.length).map((found) => ({
    start: index.toCodePoint(found.start),
    end: index.toCodePoint(found.end),
    text: text.slice(found.start, found.end),
    kind: found.kind,
    suggestion: found.placeholder ?? '',
  }));
}

/** The list with new entries added; a term already on it (compared case-insensitively) keeps its first placeholder. */
export function addToReplacementList(list: ReplacementList, entries: readonly ReplacementListEntry[]): ReplacementListEntry[] {
  const known = new Set(list.map((entry) => termKey(entry.term)));
  const added: ReplacementListEntry[] = [];
  for (const entry of entries) {
    const key = termKey(entry.term);
    if (key === '' || known.has(key)) continue;
    known.add(key);
    added.push({ term: entry.term.normalize('NFC').trim(), placeholder: entry.placeholder, kind: entry.kind });
  }
  return [...list, ...added];
}
