import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartView } from '../../../charts/components/chart-view';
import { ErrorAlert } from '../../../ui/components/error-alert';
import { LoadingState } from '../../../ui/components/loading-state';
import type { TextFilters } from '../api/text-analysis';
import { useWordFrequencies } from '../hooks/use-word-frequencies';
import { displayForm } from '../utils/display-form';
import { frequencyBarHeight, frequencyBarOption } from '../utils/frequency-bar-option';

const CHART_BARS = 25;

interface WordFrequencyPanelProps {
  filters: TextFilters;
  /** Opens keyword in context for a word form. */
  onPickTerm: (form: string) => void;
}

/** The most frequent stems (stop words left out) as a bar chart and a table with every number. */
export function WordFrequencyPanel({ filters, onPickTerm }: WordFrequencyPanelProps) {
  const { t, i18n } = useTranslation(['textAnalysis']);
  const frequencies = useWordFrequencies(filters);
  const percent = useMemo(() => new Intl.NumberFormat(i18n.resolvedLanguage, { style: 'percent', maximumFractionDigits: 1 }), [i18n.resolvedLanguage]);
  const items = frequencies.data?.items ?? [];
  const option = useMemo(
    () => frequencyBarOption(items, CHART_BARS, { count: t('textAnalysis:frequencies.count'), stem: (term) => t('textAnalysis:frequencies.stemTooltip', { term }) }),
    [items, t],
  );
  return (
    <section className="text-panel" aria-labelledby="word-frequencies-heading" data-testid="word-frequencies">
      <h2 id="word-frequencies-heading">{t('textAnalysis:frequencies.heading')}</h2>
      {frequencies.isPending && <LoadingState />}
      {frequencies.isError && <ErrorAlert error={frequencies.error} onRetry={() => void frequencies.refetch()} />}
      {frequencies.data && (
        <div aria-busy={frequencies.isFetching}>
          <p className="muted" data-testid="word-frequencies-summary">
            {t('textAnalysis:frequencies.summary', { documents: frequencies.data.documents, tokens: frequencies.data.tokens, terms: frequencies.data.distinctTerms })}
          </p>
          {items.length === 0 ? (
            <p className="empty">{t('textAnalysis:frequencies.empty')}</p>
          ) : (
            <>
              <ChartView
                option={option}
                title={t('textAnalysis:frequencies.chartTitle')}
                description={t('textAnalysis:frequencies.chartDescription', { count: Math.min(CHART_BARS, items.length) })}
                height={frequencyBarHeight(Math.min(CHART_BARS, items.length))}
              />
              <div className="table-scroll text-table-scroll">
                <table className="table" data-testid="word-frequency-table">
                  <caption className="visually-hidden">{t('textAnalysis:frequencies.heading')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('textAnalysis:frequencies.rank')}</th>
                      <th scope="col">{t('textAnalysis:frequencies.word')}</th>
                      <th scope="col" className="numeric">
                        {t('textAnalysis:frequencies.count')}
                      </th>
                      <th scope="col" className="numeric">
                        {t('textAnalysis:frequencies.share')}
                      </th>
                      <th scope="col">{t('textAnalysis:frequencies.forms')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {items.map((item, index) => (
                      <tr key={item.term} data-term={item.term}>
                        <td>{index + 1}</td>
                        <td>
                          <button
                            type="button"
                            className="link-button"
                            onClick={() => onPickTerm(displayForm(item))}
                            title={t('textAnalysis:frequencies.showContext')}
                            data-testid="frequency-term"
                          >
                            {displayForm(item)}
                          </button>
                        </td>
                        <td className="numeric">{item.count}</td>
                        <td className="numeric">{percent.format(item.share)}</td>
                        <td className="muted">{item.forms.map((form) => `${form.form} (${form.count})`).join(', ')}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </>
          )}
        </div>
      )}
    </section>
  );
}
