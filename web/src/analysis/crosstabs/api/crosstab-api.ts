import { apiClient } from '../../../api/api-client';
import { queryString } from '../../../api/query-string';

export type CrosstabDimension = 'group' | 'center' | 'language';
export const CROSSTAB_DIMENSIONS: readonly CrosstabDimension[] = ['group', 'center', 'language'];

export interface CrosstabQuery {
  dimension: CrosstabDimension;
  /** '' for all coders. */
  coderId: string;
}

export interface CrosstabCell {
  passages: number;
  participants: number;
  shareOfParticipants: number;
  shareOfPassages: number;
}

/** Codes by group, center or language (analysis/src/crosstabs/code-crosstab.ts). */
export interface CodeCrosstab {
  dimension: CrosstabDimension;
  /** A null key is the column of transcripts where the value is missing. */
  columns: Array<{ key: string | null; participants: number; passages: number }>;
  total: { participants: number; passages: number };
  rows: Array<{ codeId: string; cells: CrosstabCell[]; total: CrosstabCell }>;
  unmatchedCodings: number;
  availableCoderIds: string[];
}

export const crosstabApi = {
  table: (query: CrosstabQuery) => apiClient.get<CodeCrosstab>(`/api/analysis/crosstabs${queryString({ dimension: query.dimension, coderId: query.coderId })}`),
};
