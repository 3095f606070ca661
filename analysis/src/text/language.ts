// The one place that knows about languages: tokenizing, stemming and stop words for nl, de, it and en,
// wrapping natural's deep modules (its root import loads storage adapters that print to the console).
import englishStemmer from 'natural/lib/natural/stemmers/porter_stemmer.js';
import germanStemmer from 'natural/lib/natural/stemmers/porter_stemmer_de.js';
import italianStemmer from 'natural/lib/natural/stemmers/porter_stemmer_it.js';
import dutchStemmer from 'natural/lib/natural/stemmers/porter_stemmer_nl.js';
import { words as englishStopWordList } from 'natural/lib/natural/util/stopwords.js';
import { words as italianStopWordList } from 'natural/lib/natural/util/stopwords_it.js';
import { words as dutchStopWordList } from 'natural/lib/natural/util/stopwords_nl.js';
import { codePointsBetween } from './code-points.js';

export type Language = 'nl' | 'de' | 'it' | 'en';

export const LANGUAGES: readonly Language[] = ['nl', 'de', 'it', 'en'];

/** One word of a text. `start`/`end` are half-open code-point offsets into the original text. */
export interface Token {
  /** Lowercased, NFC-normalized, with typographic apostrophes made plain: what stems and stop words see. */
  form: string;
  /** The word exactly as written in the text. */
  surface: string;
  start: number;
  end: number;
}

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

// Letters, combining marks and digits, so umlauts, accents (precomposed or combining) and ß stay inside
// a word. Hyphens split compounds such as "MRI-scan" into their parts.
const ITALIAN_WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*/gu;
// In nl, de and en an apostrophe inside a word belongs to it (auto's, geht's, patient's); in Italian
// it marks elision (dell'intelligenza), so there it separates two words.
const WORD_WITH_APOSTROPHES = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*/gu;

/** Splits a text into words, keeping accented letters and umlauts, with code-point offsets. */
export function tokenize(text: string, language: Language): Token[] {
  const pattern = language === 'it' ? ITALIAN_WORD : WORD_WITH_APOSTROPHES;
  const tokens: Token[] = [];
  let utf16Position = 0;
  let codePointPosition = 0;
  for (const match of text.matchAll(pattern)) {
    const start = codePointPosition + codePointsBetween(text, utf16Position, match.index);
    const end = start + codePointsBetween(match[0], 0, match[0].length);
    tokens.push({ form: normalizeForm(match[0]), surface: match[0], start, end });
    utf16Position = match.index + match[0].length;
    codePointPosition = end;
  }
  return tokens;
}

/** Lowercase, NFC, plain apostrophes: the form under which words are compared. */
export function normalizeForm(word: string): string {
  return word.normalize('NFC').toLowerCase().replace(/’/gu, "'");
}

// Snowball's Dutch stemmer leaves weak-verb participles and -t forms alone (vertrouwd, behandeld,
// gebruikt), so they never meet their infinitives (vertrouw, behandel, gebruik). Dropping the final d/t
// after an unstressed prefix joins them. It runs on Snowball's output, so it only merges stem classes,
// never splits one; the price is an occasional extra merge such as gezond → gezon.
const DUTCH_PREFIXED_PARTICIPLE = /^(?:be|ge|ver|ont|her)\p{L}{2,}[^aeiouydst\P{L}][dt]$/u;

/** The stem of one word under the language's Snowball (Porter) stemmer. */
export function stem(word: string, language: Language): string {
  const form = normalizeForm(word);
  if (!/\p{L}/u.test(form)) return form;
  // A trailing 's or ' (auto's, patient's, patients') is inflection, not part of the stem.
  const base = language === 'it' ? form : form.replace(/'s?$/u, '');
  switch (language) {
    case 'nl': {
      const snowball = dutchStemmer.stem(base);
      return DUTCH_PREFIXED_PARTICIPLE.test(snowball) ? snowball.slice(0, -1) : snowball;
    }
    case 'de':
      return germanStemmer.stem(base);
    case 'it':
      return italianStemmer.stem(base);
    case 'en':
      return englishStemmer.stem(base);
  }
}

// natural has no German list of its own (its German stemmer borrows a 600-word list from another
// package that includes content words like "zeit"); this is the Snowball German stop list.
const GERMAN_STOP_WORDS = [
  'aber', 'alle', 'allem', 'allen', 'aller', 'alles', 'als', 'also', 'am', 'an', 'ander', 'andere',
  'anderem', 'anderen', 'anderer', 'anderes', 'anderm', 'andern', 'anderr', 'anders', 'auch', 'auf',
  'aus', 'bei', 'bin', 'bis', 'bist', 'da', 'damit', 'dann', 'der', 'den', 'des', 'dem', 'die', 'das',
  'dass', 'daß', 'derselbe', 'derselben', 'denselben', 'desselben', 'demselben', 'dieselbe',
  'dieselben', 'dasselbe', 'dazu', 'dein', 'deine', 'deinem', 'deinen', 'deiner', 'deines', 'denn',
  'derer', 'dessen', 'dich', 'dir', 'du', 'dies', 'diese', 'diesem', 'diesen', 'dieser', 'dieses',
  'doch', 'dort', 'durch', 'ein', 'eine', 'einem', 'einen', 'einer', 'eines', 'einig', 'einige',
  'einigem', 'einigen', 'einiger', 'einiges', 'einmal', 'er', 'ihn', 'ihm', 'es', 'etwas', 'euer',
  'eure', 'eurem', 'euren', 'eurer', 'eures', 'für', 'gegen', 'gewesen', 'hab', 'habe', 'haben', 'hat',
  'hatte', 'hatten', 'hier', 'hin', 'hinter', 'ich', 'mich', 'mir', 'ihr', 'ihre', 'ihrem', 'ihren',
  'ihrer', 'ihres', 'euch', 'im', 'in', 'indem', 'ins', 'ist', 'jede', 'jedem', 'jeden', 'jeder',
  'jedes', 'jene', 'jenem', 'jenen', 'jener', 'jenes', 'jetzt', 'kann', 'kein', 'keine', 'keinem',
  'keinen', 'keiner', 'keines', 'können', 'könnte', 'machen', 'man', 'manche', 'manchem', 'manchen',
  'mancher', 'manches', 'mein', 'meine', 'meinem', 'meinen', 'meiner', 'meines', 'mit', 'muss',
  'musste', 'nach', 'nicht', 'nichts', 'noch', 'nun', 'nur', 'ob', 'oder', 'ohne', 'sehr', 'sein',
  'seine', 'seinem', 'seinen', 'seiner', 'seines', 'selbst', 'sich', 'sie', 'ihnen', 'sind', 'so',
  'solche', 'solchem', 'solchen', 'solcher', 'solches', 'soll', 'sollte', 'sondern', 'sonst', 'über',
  'um', 'und', 'uns', 'unsere', 'unserem', 'unseren', 'unser', 'unseres', 'unter', 'viel', 'vom',
  'von', 'vor', 'während', 'war', 'waren', 'warst', 'was', 'weg', 'weil', 'weiter', 'welche',
  'welchem', 'welchen', 'welcher', 'welches', 'wenn', 'werde', 'werden', 'wie', 'wieder', 'will',
  'wir', 'wird', 'wirst', 'wo', 'wollen', 'wollte', 'würde', 'würden', 'zu', 'zum', 'zur', 'zwar',
  'zwischen',
];

const STOP_WORDS: Readonly<Record<Language, ReadonlySet<string>>> = {
  nl: toStopWordSet(dutchStopWordList),
  de: toStopWordSet(GERMAN_STOP_WORDS),
  it: toStopWordSet(italianStopWordList),
  en: toStopWordSet(englishStopWordList),
};

function toStopWordSet(words: readonly string[]): ReadonlySet<string> {
  // natural's Dutch list has an entry with a trailing space ('je '); trimming makes it match.
  return new Set(words.map((word) => normalizeForm(word.trim())).filter((word) => word !== ''));
}

/** The stop words of a language, in normalized form (see `normalizeForm`). */
export function stopWords(language: Language): ReadonlySet<string> {
  return STOP_WORDS[language];
}

export function isStopWord(word: string, language: Language): boolean {
  return STOP_WORDS[language].has(normalizeForm(word));
}
