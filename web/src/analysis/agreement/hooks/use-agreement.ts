import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { agreementApi, type AgreementQuery } from '../api/agreement-api';
import { analysisKeys } from '../api/analysis-keys';

/** The agreement report for the chosen transcripts and coders; waits until there is a transcript. */
export function useAgreement(query: AgreementQuery) {
  return useQuery({
    queryKey: analysisKeys.agreement(query),
    queryFn: () => agreementApi.report(query),
    enabled: query.transcriptIds.length > 0,
    placeholderData: keepPreviousData,
    // A report is a computation over data that rarely changes while one reads it.
    staleTime: 60_000,
  });
}
