import type { Language } from '../../app/languages';
import type { PassageFilters } from './passage';
import type { MemoTarget } from './memo';

export const codingKeys = {
  all: ['coding'] as const,
  codings: (transcriptId: string) => ['coding', 'codings', transcriptId] as const,
  comparisons: (transcriptId: string) => ['coding', 'comparison', transcriptId] as const,
  comparison: (transcriptId: string, coderA: string, coderB: string) => ['coding', 'comparison', transcriptId, coderA, coderB] as const,
  passages: (filters: PassageFilters) => ['coding', 'passages', filters] as const,
  search: (query: string, language: Language | '') => ['coding', 'search', query, language] as const,
  memos: (targetType: MemoTarget, targetId: string | null) => ['coding', 'memos', targetType, targetId] as const,
};
