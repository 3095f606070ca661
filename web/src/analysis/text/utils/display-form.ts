import type { WordFrequency } from '../api/text-analysis';

/** A stem reads badly ("comput"); its most frequent word form ("computer") is what people recognise. */
export function displayForm(frequency: Pick<WordFrequency, 'term' | 'forms'>): string {
  return frequency.forms[0]?.form ?? frequency.term;
}
