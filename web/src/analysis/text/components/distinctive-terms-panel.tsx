import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CenterOptions } from '../../../centers/components/center-options';
import { ChartView } from '../../../charts/components/chart-view';
import { STAKEHOLDER_GROUPS } from '../../../participants/api/participant';
import { ErrorAlert } from '../../../ui/components/error-alert';
import { LoadingState } from '../../../ui/components/loading-state';
import type { DistinctiveDimension, TextFilters } from '../api/text-analysis';
import { useDistinctiveTerms } from '../hooks/use-distinctive-terms';
import { distinctiveBarOption, signedLogLikelihood } from '../utils/distinctive-bar-option';
import { frequencyBarHeight } from '../utils/frequency-bar-option';

const CHART_BARS = 20;

interface DistinctiveTermsPanelProps {
  filters: TextFilters;
  onPickTerm: (form: string) => void;
}

/** Words one group (or center) uses more or less than all others, by Dunning's log-likelihood. */
export function DistinctiveTermsPanel({ filters, onPickTerm }: DistinctiveTermsPanelProps) {
  const { t, i18n } = useTranslation(['textAnalysis', 'participants']);
  const id = useId();
  const [dimension, setDimension] = useState<DistinctiveDimension>('group');
  const [target, setTarget] = useState('');
  const terms = useDistinctiveTerms(filters, dimension, target);
  const number = useMemo(() => new Intl.NumberFormat(i18n.resolvedLanguage, { maximumFractionDigits: 2 }), [i18n.resolvedLanguage]);
  const pFormat = useMemo(() => new Intl.NumberFormat(i18n.resolvedLanguage, { maximumSignificantDigits: 2 }), [i18n.resolvedLanguage]);
  const items = terms.data?.items ?? [];
  const targetName = dimension === 'group' && target ? t(`participants:groups.${target}` as never) : target;
  const option = useMemo(
    () =>
      distinctiveBarOption(items, CHART_BARS, {
        axis: t('textAnalysis:distinctive.axis'),
        over: t('textAnalysis:distinctive.over'),
        under: t('textAnalysis:distinctive.under'),
        counts: (term) => t('textAnalysis:distinctive.countsTooltip', { target: term.targetCount, reference: term.referenceCount }),
      }),
    [items, t],
  );

  return (
    <section className="text-panel" aria-labelledby="distinctive-heading" data-testid="distinctive-terms">
      <h2 id="distinctive-heading">{t('textAnalysis:distinctive.heading')}</h2>
      <div className="filters">
        <div className="field">
          <label htmlFor={`${id}-dimension`}>{t('textAnalysis:distinctive.dimension')}</label>
          <select
            id={`${id}-dimension`}
            className="select"
            value={dimension}
            onChange={(event) => {
              setDimension(event.target.value === 'center' ? 'center' : 'group');
              setTarget('');
            }}
          >
            <option value="group">{t('textAnalysis:distinctive.dimensions.group')}</option>
            <option value="center">{t('textAnalysis:distinctive.dimensions.center')}</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-target`}>{t('textAnalysis:distinctive.target')}</label>
          <select id={`${id}-target`} className="select" value={target} onChange={(event) => setTarget(event.target.value)} data-testid="distinctive-target">
            <option value="">{t('textAnalysis:distinctive.chooseTarget')}</option>
            {dimension === 'group' ? (
              STAKEHOLDER_GROUPS.map((group) => (
                <option key={group} value={group}>
                  {t(`participants:groups.${group}`)}
                </option>
              ))
            ) : (
              <CenterOptions />
            )}
          </select>
        </div>
      </div>
      {target === '' && <p className="muted">{t('textAnalysis:distinctive.prompt')}</p>}
      {target !== '' && terms.isPending && <LoadingState />}
      {terms.isError && <ErrorAlert error={terms.error} onRetry={() => void terms.refetch()} />}
      {terms.data && target !== '' && (
        <div aria-busy={terms.isFetching}>
          <p className="muted">{t('textAnalysis:distinctive.documents', { target: targetName, targetDocuments: terms.data.targetDocuments, referenceDocuments: terms.data.referenceDocuments })}</p>
          <details className="method-note">
            <summary>{t('textAnalysis:distinctive.methodHeading')}</summary>
            <p>{t('textAnalysis:distinctive.method')}</p>
          </details>
          {items.length === 0 ? (
            <p className="empty">{t('textAnalysis:distinctive.empty')}</p>
          ) : (
            <>
              <ChartView
                option={option}
                title={t('textAnalysis:distinctive.chartTitle', { target: targetName })}
                description={t('textAnalysis:distinctive.chartDescription', { target: targetName })}
                height={frequencyBarHeight(Math.min(CHART_BARS, items.length))}
              />
              <div className="table-scroll text-table-scroll">
                <table className="table" data-testid="distinctive-table">
                  <caption className="visually-hidden">{t('textAnalysis:distinctive.chartTitle', { target: targetName })}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('textAnalysis:distinctive.word')}</th>
                      <th scope="col" className="numeric">
                        {t('textAnalysis:distinctive.targetCount', { target: targetName })}
                      </th>
                      <th scope="col" className="numeric">
                        {t('textAnalysis:distinctive.referenceCount')}
                      </th>
                      <th scope="col" className="numeric">
                        G²
                      </th>
                      <th scope="col" className="numeric">
                        p
                      </th>
                      <th scope="col" className="numeric">
                        {t('textAnalysis:distinctive.logRatio')}
                      </th>
                      <th scope="col">{t('textAnalysis:distinctive.direction')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {items.map((item) => (
                      <tr key={item.term}>
                        <td>
                          <button type="button" className="link-button" onClick={() => onPickTerm(item.form)} title={t('textAnalysis:frequencies.showContext')}>
                            {item.form}
                          </button>
                        </td>
                        <td className="numeric">{item.targetCount}</td>
                        <td className="numeric">{item.referenceCount}</td>
                        <td className="numeric">{number.format(signedLogLikelihood(item))}</td>
                        <td className="numeric">{pFormat.format(item.pValue)}</td>
                        <td className="numeric">{Number.isFinite(item.logRatio) ? number.format(item.logRatio) : '∞'}</td>
                        <td>{item.direction === 'over' ? t('textAnalysis:distinctive.over') : t('textAnalysis:distinctive.under')}</td>
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
