import { termTokens, type TermOptions } from './terms.js';
import type { Language } from './language.js';

export interface WordFrequency {
  /** The stem (or the word form when stemming is off). */
  term: string;
  count: number;
  /** Share of all counted terms. */
  share: number;
  /** The word forms counted under this term, most frequent first, so a stem can be shown as words. */
  forms: { form: string; count: number }[];
}

/**
 * Term frequencies over one or more texts, most frequent first (ties alphabetical).
 * By default terms are stems and stop words are left out.
 */
export function wordFrequencies(
  texts: string | readonly string[],
  language: Language,
  options: TermOptions = {},
): WordFrequency[] {
  const formCounts = new Map<string, Map<string, number>>();
  let total = 0;
  for (const text of typeof texts === 'string' ? [texts] : texts) {
    for (const { term, form } of termTokens(text, language, options)) {
      const forms = formCounts.get(term) ?? new Map<string, number>();
      forms.set(form, (forms.get(form) ?? 0) + 1);
      formCounts.set(term, forms);
      total += 1;
    }
  }
  const frequencies: WordFrequency[] = [];
  for (const [term, forms] of formCounts) {
    const sortedForms = [...forms]
      .map(([form, count]) => ({ form, count }))
      .sort((a, b) => b.count - a.count || compareText(a.form, b.form));
    const count = sortedForms.reduce((sum, entry) => sum + entry.count, 0);
    frequencies.push({ term, count, share: count / total, forms: sortedForms });
  }
  return frequencies.sort((a, b) => b.count - a.count || compareText(a.term, b.term));
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
