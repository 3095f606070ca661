import { codePointSlice } from '../import/code-point-offsets.js';
import type { Replacement } from './apply-pseudonymization.js';
import { termKey, termPattern } from './word-boundary.js';

/**
 * Speaker labels with the replaced words swapped for their placeholders: when "Anna Jansen" was
 * replaced in the text, the label "Anna Jansen" (or "Anna") of its turns must not keep the name
 * either. `originalText` is the text the replacements' offsets point into.
 */
export function pseudonymizeSpeakerLabels<T extends { speakerLabel: string | null }>(
  segments: readonly T[],
  originalText: string,
  replacements: readonly Replacement[],
): T[] {
  const placeholders = new Map<string, string>();
  for (const replacement of replacements) {
    const key = termKey(codePointSlice(originalText, replacement.start, replacement.end));
    if (key !== '' && !placeholders.has(key)) placeholders.set(key, replacement.placeholder);
  }
  const pattern = termPattern([...placeholders.keys()], { genitive: false });
  if (!pattern) return segments.map((segment) => ({ ...segment }));
  return segments.map((segment) => {
    if (segment.speakerLabel === null) return { ...segment };
    const speakerLabel = segment.speakerLabel.replace(pattern, (word) => placeholders.get(termKey(word)) ?? word);
    return { ...segment, speakerLabel };
  });
}
