export type ProblemSeverity = 'error' | 'warning';

/**
 * Something wrong with a SurveyJS file. `error`s block import and publication, `warning`s (today:
 * missing translations) do not. `message` is the server's explanation in the reader's language.
 */
export interface InstrumentProblem {
  code: string;
  severity: ProblemSeverity;
  params: Record<string, string | number>;
  message?: string;
}

export interface MissingTranslation {
  /** JSON path of the string in the definition, e.g. `pages[0].elements[2].title`. */
  path: string;
  /** Name of the question, panel or page the string belongs to; '' for survey-level texts. */
  context: string;
}

export interface LanguageCoverage {
  total: number;
  translated: number;
  missing: MissingTranslation[];
}

/** What the server found in an imported file: problems, and per language which texts are missing. */
export interface InstrumentReport {
  problems: InstrumentProblem[];
  translation: Partial<Record<string, LanguageCoverage>>;
}
