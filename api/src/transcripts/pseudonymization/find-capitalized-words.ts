import { capitalizedStopWords } from './capitalized-stop-words.js';
import type { RawIdentifier } from './identifier-candidate.js';
import type { PseudonymizationLanguage } from './pseudonymization-language.js';

// A capitalised word with at least one lower-case letter after the capital ("Jansen", "O'Brien",
// "Jean-Luc", Dutch "IJsbrand"); all-capital words are acronyms (MRI, UKM) and not offered.
const CAPITALIZED_WORD = /(?<![\p{L}\p{M}\p{N}_'’-])(?:IJ|\p{Lu})(?:[\p{Ll}\p{M}]+|['’]\p{Lu}[\p{Ll}\p{M}]+)(?:['’-]\p{L}[\p{L}\p{M}]*)*(?![\p{L}\p{M}\p{N}_])/gu;
// Characters between a sentence end and the next word: spaces, quotes and opening brackets.
const SKIPPABLE = /[\s"'“”„‘’«»([{]/u;
// Punctuation after which a capital is expected. A colon counts: after "P:" or "sagte:" the next word starts a sentence.
const SENTENCE_END = /[.!?…:;]/u;
// Above this share of capitalised words inside sentences a text is German-like: there every noun is capitalised.
const GERMAN_LIKE_SHARE = 0.15;

/** Whether the word at `index` begins a sentence, a line or the text. */
function isSentenceInitial(text: string, index: number): boolean {
  let position = index - 1;
  while (position >= 0 && SKIPPABLE.test(text[position])) {
    if (text[position] === '\n') return true;
    position -= 1;
  }
  if (position < 0) return true;
  if (SENTENCE_END.test(text[position])) return true;
  // A dash or bullet at the start of a line opens a new utterance.
  if (/[-–—•*]/u.test(text[position])) {
    let before = position - 1;
    while (before >= 0 && (text[before] === ' ' || text[before] === '\t')) before -= 1;
    return before < 0 || text[before] === '\n';
  }
  return false;
}

function midSentenceCapitalized(text: string): { words: RegExpExecArray[]; share: number } {
  const words = [...text.matchAll(CAPITALIZED_WORD)].filter((match) => !isSentenceInitial(text, match.index));
  const allWords = text.match(/[\p{L}\p{M}]+/gu)?.length ?? 0;
  return { words, share: allWords === 0 ? 0 : words.length / allWords };
}

/**
 * Capitalised words inside a sentence, for the researcher to confirm as names. Not in German,
 * where every noun is capitalised; there only listed names and confirmed words count. Without a
 * language, a text with many capitalised words inside sentences is taken to be German-like.
 */
export function findCapitalizedWords(text: string, language: PseudonymizationLanguage | undefined): RawIdentifier[] {
  if (language === 'de') return [];
  const { words, share } = midSentenceCapitalized(text);
  if (language === undefined && share > GERMAN_LIKE_SHARE) return [];
  const stopWords = capitalizedStopWords(language);
  return words
    .filter((match) => !stopWords.has(match[0].toLowerCase()))
    .map((match) => ({ start: match.index, end: match.index + match[0].length, kind: 'capitalized' as const }));
}
