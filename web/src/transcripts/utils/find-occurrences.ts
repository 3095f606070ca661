import type { CodePointIndex } from '../../coding/utils/code-point-index';
import type { CodePointRange } from '../../coding/utils/code-point-range';

const WORD_CHARACTER = /[\p{L}\p{N}\p{M}]/u;

/** Every whole-word occurrence of `needle` in the text, as code-point ranges ("Anna" not in "Annabel"). */
export function findOccurrences(index: CodePointIndex, needle: string): CodePointRange[] {
  const text = index.text;
  const term = needle.trim();
  if (!term) return [];
  const found: CodePointRange[] = [];
  for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + term.length)) {
    const before = text.slice(Math.max(0, at - 1), at);
    const after = text.slice(at + term.length, at + term.length + 1);
    const startsWord = !WORD_CHARACTER.test(term.charAt(0)) || !WORD_CHARACTER.test(before);
    const endsWord = !WORD_CHARACTER.test(term.charAt(term.length - 1)) || !WORD_CHARACTER.test(after);
    if (startsWord && endsWord) found.push({ start: index.toCodePoint(at), end: index.toCodePoint(at + term.length) });
  }
  return found;
}
