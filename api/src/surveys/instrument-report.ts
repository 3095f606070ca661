import type { SupportedLanguage } from '../common/i18n/languages.js';
import { checkInstrumentStructure } from './instrument-structure.js';
import type { InstrumentProblem } from './instrument-problems.js';
import { isPlainObject } from './json-values.js';
import { translationReport, type LanguageCoverage } from './translation-report.js';

export { languagesOffered, translationCompleteness, type LanguageCoverage, type MissingTranslation } from './translation-report.js';
export type { InstrumentProblem, InstrumentProblemCode, ProblemSeverity } from './instrument-problems.js';

export interface InstrumentReport<L extends SupportedLanguage = SupportedLanguage> {
  /** The parsed definition, present whenever the text is a JSON object (even with problems). */
  definition?: object;
  problems: InstrumentProblem[];
  translation: Record<L, LanguageCoverage>;
}

/**
 * Everything an author must know before publishing an instrument: whether the text is a SurveyJS
 * survey at all, structural problems survey-core would silently tolerate, and for each target
 * language which strings are missing. Missing translations are `warning`s (one problem per
 * language, with the count and the first path; the full list is in `translation`), all other
 * problems are `error`s.
 */
export function inspectInstrument<L extends SupportedLanguage>(jsonText: string, languages: readonly L[]): InstrumentReport<L> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(jsonText);
  } catch (error) {
    const detail = error instanceof Error ? error.message : 'unparseable';
    return { problems: [{ code: 'INSTRUMENT_JSON_UNPARSEABLE', severity: 'error', params: { detail } }], translation: emptyCoverage(languages) };
  }
  if (!isPlainObject(parsed)) {
    const problem: InstrumentProblem = { code: 'INSTRUMENT_NOT_A_SURVEY', severity: 'error', params: { path: '', detail: 'not an object' } };
    return { problems: [problem], translation: emptyCoverage(languages) };
  }
  const problems = checkInstrumentStructure(parsed);
  const translation = translationReport(parsed, languages);
  for (const language of languages) {
    const { missing, total } = translation[language];
    const first = missing[0];
    if (!first) continue;
    problems.push({
      code: 'INSTRUMENT_MISSING_TRANSLATION',
      severity: 'warning',
      params: { language, missing: missing.length, total, path: first.path, question: first.context },
    });
  }
  const survey = !problems.some((problem) => problem.code === 'INSTRUMENT_NOT_A_SURVEY');
  return { ...(survey ? { definition: parsed } : {}), problems, translation };
}

/** True when the report has a problem that must block publishing. */
export function hasBlockingProblems(report: Pick<InstrumentReport, 'problems'>): boolean {
  return report.problems.some((problem) => problem.severity === 'error');
}

function emptyCoverage<L extends SupportedLanguage>(languages: readonly L[]): Record<L, LanguageCoverage> {
  const coverage = {} as Record<L, LanguageCoverage>;
  for (const language of languages) coverage[language] = { total: 0, translated: 0, missing: [] };
  return coverage;
}
