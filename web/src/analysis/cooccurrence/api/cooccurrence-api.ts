import { apiClient } from '../../../api/api-client';
import { queryString } from '../../../api/query-string';

export type CooccurrenceUnit = 'overlap' | 'segment';

export interface CooccurrenceQuery {
  transcriptIds: string[];
  unit: CooccurrenceUnit;
  /** '' for all coders. */
  coderId: string;
}

/** One pair of codes applied together (analysis/src/cooccurrence/cooccurrence-table.ts). */
export interface CodePairCooccurrence {
  codeA: string;
  codeB: string;
  n1: number;
  n2: number;
  n12: number;
  /** c-coefficient n12 / (n1 + n2 − n12), in [0, 1]. */
  c: number;
  /** n12 > min(n1, n2): one passage overlaps several of the other code, so c overstates the association. */
  inflated: boolean;
}

export interface CooccurrenceTable {
  unit: 'passage' | 'segment';
  codes: Array<{ codeId: string; count: number }>;
  pairs: CodePairCooccurrence[];
  /** Everyone who coded these transcripts. */
  availableCoderIds: string[];
}

export const cooccurrenceApi = {
  table: (query: CooccurrenceQuery) =>
    apiClient.get<CooccurrenceTable>(`/api/analysis/cooccurrence${queryString({ transcriptIds: query.transcriptIds.join(','), unit: query.unit, coderId: query.coderId })}`),
};
