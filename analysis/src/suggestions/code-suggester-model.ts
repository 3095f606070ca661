import type { Language } from '../text/language.js';

/** A passage coded by a researcher: the training material. */
export interface CodedPassage {
  language: Language;
  text: string;
  codeIds: readonly string[];
}

/** One code's one-vs-rest classifier within a language. */
export interface CodeClassifier {
  codeId: string;
  /** Training passages with this code. */
  positives: number;
  bias: number;
  /** One weight per vocabulary index. */
  weights: number[];
}

/** Everything needed to suggest codes for passages in one language. */
export interface LanguageSuggester {
  language: Language;
  /** Training passages in this language. */
  passages: number;
  /** Term (stem) → index into each classifier's weights. */
  vocabulary: Record<string, number>;
  codes: CodeClassifier[];
}

/** A trained code suggester: plain, JSON-serializable data, one model per language seen in training. */
export interface CodeSuggesterModel {
  method: 'one-vs-rest-logistic-regression';
  languages: LanguageSuggester[];
}

export interface TrainSuggesterOptions {
  /**
   * L2 penalty on the mean log loss (default 0.001, chosen by cross-validation on a synthetic corpus other
   * than the benchmark's): larger is more cautious, pulling probabilities towards each code's base rate.
   */
  l2?: number;
  /** Gradient steps per code (default 300). */
  iterations?: number;
  /** Ignore terms found in fewer training passages than this (default 1). */
  minDocumentFrequency?: number;
}

/** A code the classifier thinks fits, with its estimated probability. It is never applied automatically. */
export interface CodeSuggestion {
  codeId: string;
  probability: number;
}
