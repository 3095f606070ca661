import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCenterName } from '../../../centers/hooks/use-center-name';
import { ChartView } from '../../../charts/components/chart-view';
import { ErrorAlert } from '../../../ui/components/error-alert';
import { LoadingState } from '../../../ui/components/loading-state';
import { usePageTitle } from '../../../ui/hooks/use-page-title';
import { CoderSelect } from '../../agreement/components/coder-select';
import { useCodeLabel } from '../../agreement/hooks/use-analysis-labels';
import { CROSSTAB_DIMENSIONS, type CrosstabDimension } from '../api/crosstab-api';
import { useCrosstab } from '../hooks/use-crosstab';
import { CROSSTAB_MEASURES, crosstabChartHeight, crosstabChartOption, crosstabValue, type CrosstabLayout, type CrosstabMeasure } from '../utils/crosstab-chart-option';

/** Codes by stakeholder group, center or language: passages, share of participants, share of passages. */
export function CrosstabsPage() {
  const { t, i18n } = useTranslation(['analysis', 'participants', 'common']);
  usePageTitle(t('analysis:crosstabs.title'));
  const id = useId();
  const locale = i18n.resolvedLanguage ?? 'en';
  const [dimension, setDimension] = useState<CrosstabDimension>('group');
  const [measure, setMeasure] = useState<CrosstabMeasure>('passages');
  const [layout, setLayout] = useState<CrosstabLayout>('stacked');
  const [coderId, setCoderId] = useState('');
  const crosstab = useCrosstab({ dimension, coderId });
  const { codeLabel } = useCodeLabel();
  const centerName = useCenterName();
  const table = crosstab.data;

  const columnLabel = useMemo(
    () => (key: string | null) => {
      if (key === null) return t('analysis:crosstabs.missing');
      switch (table?.dimension ?? dimension) {
        case 'group':
          return t(`participants:groups.${key}` as 'participants:groups.patient');
        case 'center':
          return centerName(key) ?? key;
        case 'language':
          return t(`common:languageNames.${key}` as 'common:languageNames.en');
      }
    },
    [t, table?.dimension, dimension, centerName],
  );
  const measureLabel = t(`analysis:crosstabs.measures.${measure}`);
  const option = useMemo(
    () => (table ? crosstabChartOption(table, measure, layout, { code: codeLabel, column: columnLabel, axis: measureLabel }) : null),
    [table, measure, layout, codeLabel, columnLabel, measureLabel],
  );
  const integer = new Intl.NumberFormat(locale);
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  const format = (value: number) => (measure === 'passages' ? integer.format(value) : percent.format(value));

  return (
    <section className="page analysis-view" data-testid="crosstabs-page">
      <h1>{t('analysis:crosstabs.title')}</h1>
      <p className="lead">{t('analysis:crosstabs.intro')}</p>
      <div className="analysis-controls">
        <div className="field">
          <label htmlFor={`${id}-dimension`}>{t('analysis:crosstabs.dimension')}</label>
          <select id={`${id}-dimension`} className="select" value={dimension} onChange={(event) => setDimension(event.target.value as CrosstabDimension)} data-testid="crosstab-dimension">
            {CROSSTAB_DIMENSIONS.map((d) => (
              <option key={d} value={d}>
                {t(`analysis:crosstabs.dimensions.${d}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-measure`}>{t('analysis:crosstabs.measure')}</label>
          <select id={`${id}-measure`} className="select" value={measure} onChange={(event) => setMeasure(event.target.value as CrosstabMeasure)} data-testid="crosstab-measure">
            {CROSSTAB_MEASURES.map((m) => (
              <option key={m} value={m}>
                {t(`analysis:crosstabs.measures.${m}`)}
              </option>
            ))}
          </select>
        </div>
        <CoderSelect coderIds={crosstab.data?.availableCoderIds ?? []} value={coderId} onChange={setCoderId} testId="crosstab-coder" />
        <div className="field">
          <label htmlFor={`${id}-layout`}>{t('analysis:crosstabs.layout')}</label>
          <select id={`${id}-layout`} className="select" value={layout} onChange={(event) => setLayout(event.target.value as CrosstabLayout)} data-testid="crosstab-layout">
            <option value="stacked">{t('analysis:crosstabs.layouts.stacked')}</option>
            <option value="grouped">{t('analysis:crosstabs.layouts.grouped')}</option>
          </select>
        </div>
      </div>
      {crosstab.isPending && <LoadingState />}
      {crosstab.isError && <ErrorAlert error={crosstab.error} onRetry={() => void crosstab.refetch()} />}
      {table && table.rows.length === 0 && <p className="empty">{t('analysis:crosstabs.none')}</p>}
      {table && table.rows.length > 0 && option && (
        <>
          <p className="small muted">{t(`analysis:crosstabs.explain.${measure}`)}</p>
          <ChartView
            option={option}
            title={t('analysis:crosstabs.chartTitle', { measure: measureLabel, dimension: t(`analysis:crosstabs.dimensions.${dimension}`) })}
            description={t('analysis:crosstabs.chartDescription')}
            height={crosstabChartHeight(Math.min(25, table.rows.length), layout, table.columns.length)}
          />
          <div className="table-scroll">
            <table className="table" data-testid="crosstab-table">
              <caption>{measureLabel}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('analysis:agreement.code')}</th>
                  {table.columns.map((column) => (
                    <th scope="col" key={column.key ?? 'missing'}>
                      {columnLabel(column.key)}
                      <span className="small muted"> ({t('analysis:crosstabs.participantsShort', { count: column.participants })})</span>
                    </th>
                  ))}
                  <th scope="col">{t('analysis:crosstabs.total')}</th>
                </tr>
              </thead>
              <tbody>
                {table.rows.map((row) => (
                  <tr key={row.codeId} data-testid="crosstab-row">
                    <th scope="row">{codeLabel(row.codeId)}</th>
                    {row.cells.map((cell, c) => (
                      <td className="numeric" key={table.columns[c].key ?? 'missing'}>
                        {format(crosstabValue(cell, measure))}
                      </td>
                    ))}
                    <td className="numeric">{format(crosstabValue(row.total, measure))}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
