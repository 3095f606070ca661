import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartView } from '../../../charts/components/chart-view';
import { ErrorAlert } from '../../../ui/components/error-alert';
import { LoadingState } from '../../../ui/components/loading-state';
import { usePageTitle } from '../../../ui/hooks/use-page-title';
import { CoderSelect } from '../../agreement/components/coder-select';
import { TranscriptPicker } from '../../agreement/components/transcript-picker';
import { useCodeLabel } from '../../agreement/hooks/use-analysis-labels';
import { useComparableTranscripts } from '../../agreement/hooks/use-comparable-transcripts';
import type { CooccurrenceUnit } from '../api/cooccurrence-api';
import { useCooccurrence } from '../hooks/use-cooccurrence';
import { cooccurrenceHeatmapOption, cooccurrenceMatrix, heatmapHeight, type CooccurrenceMeasure } from '../utils/cooccurrence-heatmap-option';
import { sortPairs, type PairSortKey } from '../utils/sort-pairs';

/** Codes applied together: a code × code heatmap (counts or c-coefficient) and a sortable table of pairs. */
export function CooccurrencePage() {
  const { t, i18n } = useTranslation(['analysis']);
  usePageTitle(t('analysis:cooccurrence.title'));
  const id = useId();
  const locale = i18n.resolvedLanguage ?? 'en';
  const comparable = useComparableTranscripts();
  const [chosen, setChosen] = useState<Set<string> | null>(null);
  const selected = useMemo(() => chosen ?? new Set(comparable.revealed.map((tr) => tr.id)), [chosen, comparable.revealed]);
  const [unit, setUnit] = useState<CooccurrenceUnit>('overlap');
  const [measure, setMeasure] = useState<CooccurrenceMeasure>('count');
  const [coderId, setCoderId] = useState('');
  const [sort, setSort] = useState<{ key: PairSortKey; direction: 'asc' | 'desc' }>({ key: 'n12', direction: 'desc' });
  const { codeLabel } = useCodeLabel();
  const table = useCooccurrence({ transcriptIds: [...selected].sort(), unit, coderId });
  const measureLabel = t(`analysis:cooccurrence.measures.${measure}`);
  const option = useMemo(() => {
    if (!table.data) return null;
    const matrix = cooccurrenceMatrix(table.data, measure);
    return { option: cooccurrenceHeatmapOption(matrix, codeLabel, measure, measureLabel), codes: matrix.codeIds.length };
  }, [table.data, measure, codeLabel, measureLabel]);
  const pairs = table.data ? sortPairs(table.data.pairs, sort.key, sort.direction, codeLabel) : [];
  const decimal = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });

  const header = (key: PairSortKey, label: string) => {
    const active = sort.key === key;
    return (
      <th scope="col" aria-sort={active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'}>
        <button type="button" className="table-sort" onClick={() => setSort({ key, direction: active ? (sort.direction === 'asc' ? 'desc' : 'asc') : key.startsWith('code') ? 'asc' : 'desc' })} data-testid={`sort-${key}`}>
          {label}
          <span aria-hidden="true">{active ? (sort.direction === 'asc' ? ' ▲' : ' ▼') : ''}</span>
        </button>
      </th>
    );
  };

  return (
    <section className="page analysis-view" data-testid="cooccurrence-page">
      <h1>{t('analysis:cooccurrence.title')}</h1>
      <p className="lead">{t('analysis:cooccurrence.intro')}</p>
      {comparable.isPending && <LoadingState />}
      {comparable.isError && <ErrorAlert error={comparable.error} onRetry={() => void comparable.refetch()} />}
      {comparable.data && comparable.revealed.length === 0 && <p className="empty">{t('analysis:agreement.noRevealed')}</p>}
      {comparable.revealed.length > 0 && (
        <div className="analysis-controls">
          <TranscriptPicker transcripts={comparable.revealed} selected={selected} onChange={setChosen} />
          <div className="field">
            <label htmlFor={`${id}-unit`}>{t('analysis:cooccurrence.unit')}</label>
            <select id={`${id}-unit`} className="select" value={unit} onChange={(event) => setUnit(event.target.value as CooccurrenceUnit)} data-testid="cooccurrence-unit">
              <option value="overlap">{t('analysis:cooccurrence.units.overlap')}</option>
              <option value="segment">{t('analysis:cooccurrence.units.segment')}</option>
            </select>
          </div>
          <CoderSelect coderIds={table.data?.availableCoderIds ?? []} value={coderId} onChange={setCoderId} testId="cooccurrence-coder" />
          <div className="field">
            <label htmlFor={`${id}-measure`}>{t('analysis:cooccurrence.measure')}</label>
            <select id={`${id}-measure`} className="select" value={measure} onChange={(event) => setMeasure(event.target.value as CooccurrenceMeasure)} data-testid="cooccurrence-measure">
              <option value="count">{t('analysis:cooccurrence.measures.count')}</option>
              <option value="c">{t('analysis:cooccurrence.measures.c')}</option>
            </select>
          </div>
        </div>
      )}
      {selected.size === 0 && comparable.revealed.length > 0 && <p className="empty">{t('analysis:picker.chooseOne')}</p>}
      {table.isPending && selected.size > 0 && <LoadingState />}
      {table.isError && <ErrorAlert error={table.error} onRetry={() => void table.refetch()} />}
      {table.data && (
        <>
          <p className="small muted">{t(`analysis:cooccurrence.explain.${unit}`)}</p>
          {table.data.pairs.length === 0 ? (
            <p className="empty">{t('analysis:cooccurrence.none')}</p>
          ) : (
            option && (
              <ChartView
                option={option.option}
                title={t('analysis:cooccurrence.chartTitle', { measure: measureLabel })}
                description={t('analysis:cooccurrence.chartDescription')}
                height={heatmapHeight(option.codes)}
              />
            )
          )}
          <div className="table-scroll">
            <table className="table" data-testid="cooccurrence-table">
              <caption>{t('analysis:cooccurrence.tableTitle')}</caption>
              <thead>
                <tr>
                  {header('codeA', t('analysis:cooccurrence.codeA'))}
                  {header('codeB', t('analysis:cooccurrence.codeB'))}
                  {header('n12', t('analysis:cooccurrence.together'))}
                  <th scope="col">{t('analysis:cooccurrence.each')}</th>
                  {header('c', t('analysis:cooccurrence.measures.c'))}
                </tr>
              </thead>
              <tbody>
                {pairs.map((pair) => (
                  <tr key={`${pair.codeA}-${pair.codeB}`} data-testid="cooccurrence-row">
                    <td>{codeLabel(pair.codeA)}</td>
                    <td>{codeLabel(pair.codeB)}</td>
                    <td className="numeric">{pair.n12}</td>
                    <td className="numeric nowrap">
                      {pair.n1} / {pair.n2}
                    </td>
                    <td className="numeric">
                      {decimal.format(pair.c)}
                      {pair.inflated && (
                        <span className="muted" title={t('analysis:cooccurrence.inflated')}>
                          {' '}
                          *
                        </span>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {table.data.pairs.some((pair) => pair.inflated) && <p className="small muted">* {t('analysis:cooccurrence.inflated')}</p>}
        </>
      )}
    </section>
  );
}
