/**
 * The analysis views listed on the analysis start page, in reading order. Each view adds its own
 * entry: its path, its i18n namespace, and the keys of its title and one-line summary there.
 */
export interface AnalysisView {
  path: string;
  namespace: string;
  titleKey: string;
  summaryKey: string;
  testId: string;
}

export const ANALYSIS_VIEWS: readonly AnalysisView[] = [
  { path: '/analysis/agreement', namespace: 'analysis', titleKey: 'agreement.title', summaryKey: 'agreement.summary', testId: 'analysis-open-agreement' },
  { path: '/analysis/cooccurrence', namespace: 'analysis', titleKey: 'cooccurrence.title', summaryKey: 'cooccurrence.summary', testId: 'analysis-open-cooccurrence' },
  { path: '/analysis/crosstabs', namespace: 'analysis', titleKey: 'crosstabs.title', summaryKey: 'crosstabs.summary', testId: 'analysis-open-crosstabs' },
  { path: '/analysis/surveys', namespace: 'surveyStats', titleKey: 'title', summaryKey: 'summary', testId: 'analysis-view-surveys' },
  { path: '/analysis/text', namespace: 'textAnalysis', titleKey: 'title', summaryKey: 'summary', testId: 'analysis-view-text' },
  { path: '/analysis/suggestions', namespace: 'textAnalysis', titleKey: 'suggestions.title', summaryKey: 'suggestions.summary', testId: 'analysis-view-suggestions' },
];
