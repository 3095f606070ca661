// Word boundaries that know letters beyond ASCII: \b treats "ü" and "é" as non-word characters,
// so /\bMüller\b/ would match inside "Müllers" and fail before "Éva".
export const NOT_AFTER_WORD = String.raw`(?<![\p{L}\p{M}\p{N}_])`;
export const NOT_BEFORE_WORD = String.raw`(?![\p{L}\p{M}\p{N}_])`;
// Dutch, German and English genitives: "Jansens", "Jansen's", "Jansen’s", "Klaus'".
export const GENITIVE = String.raw`(?:['’]s|s|['’])?`;

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A case-insensitive pattern for whole-word occurrences of any of the terms; the match covers the
 * term only, a genitive ending after it stays outside (so "Jansens" becomes "[NAME-1]s").
 * Longer terms come first so "Anna Jansen" wins over "Anna". Whitespace inside a term matches any run of spaces.
 */
export function termPattern(terms: readonly string[], options: { genitive: boolean }): RegExp | null {
  const unique = [...new Set(terms.map((term) => term.normalize('NFC').trim()).filter((term) => term.length > 0))];
  if (unique.length === 0) return null;
  const alternatives = unique
    .sort((a, b) => b.length - a.length)
    .map((term) => term.split(/\s+/).map(escapeRegExp).join(String.raw`\s+`))
    .join('|');
  const suffix = options.genitive ? GENITIVE : '';
  return new RegExp(`${NOT_AFTER_WORD}(?:${alternatives})(?=${suffix}${NOT_BEFORE_WORD})`, 'giu');
}

/** The comparable form of a term: NFC, lower case, single spaces. */
export function termKey(term: string): string {
  return term.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
}
