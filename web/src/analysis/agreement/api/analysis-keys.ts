import type { AgreementQuery } from './agreement-api';
import type { CooccurrenceQuery } from '../../cooccurrence/api/cooccurrence-api';
import type { CrosstabQuery } from '../../crosstabs/api/crosstab-api';

export const analysisKeys = {
  all: ['analysis'] as const,
  agreement: (query: AgreementQuery) => ['analysis', 'agreement', query] as const,
  cooccurrence: (query: CooccurrenceQuery) => ['analysis', 'cooccurrence', query] as const,
  crosstab: (query: CrosstabQuery) => ['analysis', 'crosstab', query] as const,
};
