import { apiClient } from '../../../api/api-client';
import { queryString } from '../../../api/query-string';
import type { AgreementReport } from './agreement-report';

export interface AgreementQuery {
  transcriptIds: string[];
  /** Empty: every coder of these transcripts. */
  coderIds: string[];
  bootstrap: number;
  seed: number;
}

export const agreementApi = {
  report: (query: AgreementQuery) =>
    apiClient.get<AgreementReport>(
      `/api/analysis/agreement${queryString({
        transcriptIds: query.transcriptIds.join(','),
        coderIds: query.coderIds.length > 0 ? query.coderIds.join(',') : undefined,
        bootstrap: String(query.bootstrap),
        seed: String(query.seed),
      })}`,
    ),
};
