import type { RawIdentifier } from './identifier-candidate.js';
import { termKey, termPattern } from './word-boundary.js';

// Lower-case parts of a name that never stand for the person alone.
const NAME_PARTICLES = new Set(['van', 'de', 'der', 'den', 'het', 'ten', 'ter', 'von', 'zu', 'vom', 'di', 'da', 'del', 'della', 'dei', 'la', 'le', 'du']);
const MIN_PART_LENGTH = 3;

/**
 * Which list entry each findable form stands for: every entry itself, and each part of a
 * multi-word entry ("Anna Jansen" → "Jansen"), which shares the entry's placeholder unless two
 * entries have that part ("Jansen" in "Anna Jansen" and "Piet Jansen" is then its own term).
 */
function formsOf(names: readonly string[]): Map<string, string> {
  const forms = new Map<string, string>();
  const entries = [...new Set(names.map(termKey).filter((name) => name.length >= 2))];
  for (const entry of entries) forms.set(entry, entry);
  const owners = new Map<string, Set<string>>();
  for (const entry of entries) {
    for (const part of entry.split(' ')) {
      if (part === entry || part.length < MIN_PART_LENGTH || NAME_PARTICLES.has(part) || forms.has(part)) continue;
      owners.set(part, (owners.get(part) ?? new Set()).add(entry));
    }
  }
  for (const [part, entries] of owners) forms.set(part, entries.size === 1 ? [...entries][0] : part);
  return forms;
}

/**
 * Names from the project's list, case-insensitively as whole words, also in the genitive
 * ("Jansens", "Jansen's"); `term` is the list entry the occurrence stands for.
 */
export function findListedNames(text: string, names: readonly string[]): RawIdentifier[] {
  const forms = formsOf(names);
  const pattern = termPattern([...forms.keys()], { genitive: true });
  if (!pattern) return [];
  return [...text.matchAll(pattern)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    kind: 'name' as const,
    term: forms.get(termKey(match[0])) ?? termKey(match[0]),
  }));
}
