import { apiClient } from '../../../api/api-client';
import type { SurveyStats, SurveyStatsFilters } from './survey-stats';

/** The query string of a descriptives request: only the filters that are set. */
export function surveyStatsQuery(filters: SurveyStatsFilters): string {
  const params = new URLSearchParams();
  if (filters.by) params.set('by', filters.by);
  if (filters.center) params.set('center', filters.center);
  if (filters.group) params.set('group', filters.group);
  if (filters.language) params.set('language', filters.language);
  const query = params.toString();
  return query ? `?${query}` : '';
}

export const surveyStatsApi = {
  descriptives: (versionId: string, filters: SurveyStatsFilters) =>
    apiClient.get<SurveyStats>(`/api/analysis/surveys/${encodeURIComponent(versionId)}/descriptives${surveyStatsQuery(filters)}`),
};
