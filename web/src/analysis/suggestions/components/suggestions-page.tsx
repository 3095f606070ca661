import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Code } from '../../../codebook/api/code';
import { useCodeName } from '../../../codebook/hooks/use-code-name';
import { useCodebook } from '../../../codebook/hooks/use-codebook';
import { useTranscripts } from '../../../transcripts/hooks/use-transcripts';
import { usePageTitle } from '../../../ui/hooks/use-page-title';
import type { SuggestionQueueFilters } from '../api/suggestions';
import { useSuggestionQueue } from '../hooks/use-suggestion-queue';
import { GenerateSuggestionsForm } from './generate-suggestions-form';
import { ModelQualityTable } from './model-quality-table';
import { SuggestionQueue } from './suggestion-queue';

const ALL_TRANSCRIPTS = { group: '', center: '', language: '' } as const;

/** Analysis → Code suggestions: generate, review one by one, and see how far the model can be trusted. */
export function SuggestionsPage() {
  const { t } = useTranslation(['textAnalysis', 'analysis']);
  usePageTitle(t('textAnalysis:suggestions.title'));
  const transcripts = useTranscripts(ALL_TRANSCRIPTS);
  const codebook = useCodebook();
  const codeName = useCodeName();
  const [filters, setFilters] = useState<SuggestionQueueFilters>({ transcriptId: '', codeId: '', minConfidence: 0 });
  const queue = useSuggestionQueue(filters);
  const codes = useMemo(() => new Map<string, Code>((codebook.data ?? []).map((code) => [code.id, code])), [codebook.data]);
  const nameOf = useCallback((codeId: string) => {
    const code = codes.get(codeId);
    return code ? codeName(code) : codeId.slice(0, 8);
  }, [codes, codeName]);

  return (
    <section className="page suggestions-page" data-testid="suggestions-page">
      <p className="breadcrumb">
        <Link to="/analysis">{t('analysis:title')}</Link>
      </p>
      <h1>{t('textAnalysis:suggestions.title')}</h1>
      <p className="lead">{t('textAnalysis:suggestions.intro')}</p>
      <div className="suggestions-layout">
        <div>
          <GenerateSuggestionsForm transcripts={transcripts.data ?? []} />
          <SuggestionQueue queue={queue} filters={filters} onFiltersChange={setFilters} codes={codes} nameOf={nameOf} transcripts={transcripts.data ?? []} />
        </div>
        <ModelQualityTable models={queue.data?.models ?? []} nameOf={nameOf} />
      </div>
    </section>
  );
}
