import { ANALYSIS_TAGS, type AnalysisTag, type AnalysisTagValue } from '../api/analysis-tags';

export function isAnalysisTagValue<T extends AnalysisTag>(tag: T, value: unknown): value is AnalysisTagValue<T> {
  return typeof value === 'string' && (ANALYSIS_TAGS[tag] as readonly string[]).includes(value);
}
