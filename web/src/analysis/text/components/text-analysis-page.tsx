import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isLanguage } from '../../../app/is-language';
import { usePageTitle } from '../../../ui/hooks/use-page-title';
import type { TextFilters } from '../api/text-analysis';
import { DistinctiveTermsPanel } from './distinctive-terms-panel';
import { KeywordInContextPanel } from './keyword-in-context-panel';
import { TextFiltersBar } from './text-filters-bar';
import { WordFrequencyPanel } from './word-frequency-panel';

/** Analysis → Text: word frequencies, distinctive terms and keyword in context, one language at a time. */
export function TextAnalysisPage() {
  const { t, i18n } = useTranslation(['textAnalysis', 'analysis']);
  usePageTitle(t('textAnalysis:title'));
  const interfaceLanguage = i18n.resolvedLanguage;
  const [filters, setFilters] = useState<TextFilters>({ source: 'transcripts', language: isLanguage(interfaceLanguage) ? interfaceLanguage : 'nl', group: '' });
  const [term, setTerm] = useState('');
  const pickTerm = (form: string) => {
    setTerm(form);
    // Bring the context lines into view: they sit below the tables.
    document.getElementById('kwic-heading')?.scrollIntoView({ behavior: 'smooth', block: 'start' });
  };

  return (
    <section className="page text-analysis-page" data-testid="text-analysis-page">
      <p className="breadcrumb">
        <Link to="/analysis">{t('analysis:title')}</Link>
      </p>
      <h1>{t('textAnalysis:title')}</h1>
      <p className="lead">{t('textAnalysis:intro')}</p>
      <TextFiltersBar
        filters={filters}
        onChange={(next) => {
          setFilters(next);
          if (next.language !== filters.language) setTerm('');
        }}
      />
      <div className="text-analysis-grid">
        <WordFrequencyPanel filters={filters} onPickTerm={pickTerm} />
        <DistinctiveTermsPanel filters={filters} onPickTerm={pickTerm} />
      </div>
      <KeywordInContextPanel filters={filters} term={term} onTermChange={setTerm} />
    </section>
  );
}
