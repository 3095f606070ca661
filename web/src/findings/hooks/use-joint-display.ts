import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { findingsApi, findingsKeys } from '../api/findings-api';
import type { JointDisplayQuery } from '../api/joint-display';

/** The joint display for the filters; refetched in the reader's language so quotes follow it. */
export function useJointDisplay(query: JointDisplayQuery) {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'en';
  return useQuery({
    queryKey: findingsKeys.jointDisplay(query, language),
    queryFn: () => findingsApi.jointDisplay(query),
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}
