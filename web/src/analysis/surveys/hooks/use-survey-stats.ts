import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { surveyStatsApi } from '../api/survey-stats-api';
import type { SurveyStatsFilters } from '../api/survey-stats';

/** Descriptives of one version; labels come in the reader's language, so the language is part of the key. */
export function useSurveyStats(versionId: string | null, filters: SurveyStatsFilters) {
  const { i18n } = useTranslation();
  return useQuery({
    queryKey: ['analysis', 'surveys', versionId, filters, i18n.resolvedLanguage],
    queryFn: () => surveyStatsApi.descriptives(versionId ?? '', filters),
    enabled: versionId !== null,
    // Switching a filter keeps the old charts on screen until the new numbers arrive.
    placeholderData: keepPreviousData,
  });
}
