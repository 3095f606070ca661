/**
 * The analysis tags questions carry, as api/src/surveys/survey-tags.ts defines them; the web app
 * only needs the values to name them in the reader's language.
 */
export const ANALYSIS_TAGS = {
  criterion: ['accuracy', 'explainability', 'cost', 'interpretation', 'care_pathway'],
  task: ['characterisation', 'molecular', 'infiltration', 'progression'],
  measure: ['importance', 'threshold', 'attitude', 'experience'],
} as const;

export type AnalysisTag = keyof typeof ANALYSIS_TAGS;

export type AnalysisTagValue<T extends AnalysisTag> = (typeof ANALYSIS_TAGS)[T][number];

export const ANALYSIS_TAG_NAMES = Object.keys(ANALYSIS_TAGS) as AnalysisTag[];
