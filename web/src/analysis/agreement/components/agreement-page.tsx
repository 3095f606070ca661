import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCoderLabel } from '../../../coding/hooks/use-coder-label';
import { ChartView } from '../../../charts/components/chart-view';
import { ErrorAlert } from '../../../ui/components/error-alert';
import { LoadingState } from '../../../ui/components/loading-state';
import { usePageTitle } from '../../../ui/hooks/use-page-title';
import { AGREEMENT_UNITS, type AgreementUnit } from '../api/agreement-report';
import { useAgreement } from '../hooks/use-agreement';
import { useCodeLabel } from '../hooks/use-analysis-labels';
import { useComparableTranscripts } from '../hooks/use-comparable-transcripts';
import { agreementChartHeight, agreementChartOption } from '../utils/agreement-chart-option';
import { agreementRows, coderPairRows } from '../utils/agreement-rows';
import { AgreementTable } from './agreement-table';
import { CoderPairTable } from './coder-pair-table';
import { DisagreementList } from './disagreement-list';
import { TranscriptPicker } from './transcript-picker';

const BOOTSTRAP_SAMPLES = 1000;
const BOOTSTRAP_SEED = 1;

/**
 * The agreement report: chosen transcripts and coders, each unit of analysis with its method in
 * plain words and in citable form, agreement per code with 95% bootstrap intervals (table and
 * chart), per coder pair, and every disagreement one click from its passage in the reader.
 */
export function AgreementPage() {
  const { t, i18n } = useTranslation(['analysis']);
  usePageTitle(t('analysis:agreement.title'));
  const id = useId();
  const locale = i18n.resolvedLanguage ?? 'en';
  const comparable = useComparableTranscripts();
  const [chosen, setChosen] = useState<Set<string> | null>(null);
  const selected = useMemo(() => chosen ?? new Set(comparable.revealed.map((tr) => tr.id)), [chosen, comparable.revealed]);
  const [coderIds, setCoderIds] = useState<string[]>([]);
  const [unit, setUnit] = useState<AgreementUnit>('segment');
  const [pairChoice, setPairChoice] = useState(-1);
  const coderLabel = useCoderLabel();
  const { codeLabel } = useCodeLabel();

  const query = useMemo(
    () => ({ transcriptIds: [...selected].sort(), coderIds, bootstrap: BOOTSTRAP_SAMPLES, seed: BOOTSTRAP_SEED }),
    [selected, coderIds],
  );
  const agreement = useAgreement(query);
  const report = agreement.data;
  const manyCoders = (report?.pairs.length ?? 0) > 0;
  // With two coders the one pair is the comparison; with more, "all coders" or one chosen pair.
  const pair = manyCoders ? pairChoice : 0;
  const view = report && manyCoders && pair >= 0 ? report.pairs[pair] : report;
  const rows = useMemo(() => (view ? agreementRows(view, unit, manyCoders && pair >= 0 ? 0 : pair) : []), [view, unit, manyCoders, pair]);
  const statistic = unit === 'unitized' || pair < 0 ? 'alpha' : 'kappa';
  const statisticLabel = t(`analysis:agreement.statistic.${statistic}`);
  const bars = useMemo(
    () =>
      rows
        .filter((row) => row.codeId !== null)
        .map((row) => ({ label: codeLabel(row.codeId!), value: row[statistic]?.value ?? null, low: row[statistic]?.low ?? null, high: row[statistic]?.high ?? null })),
    [rows, statistic, codeLabel],
  );
  const intervalLabel = t('analysis:agreement.interval');
  const option = useMemo(() => agreementChartOption(bars, { statistic: statisticLabel, interval: intervalLabel }), [bars, statisticLabel, intervalLabel]);

  const toggleCoder = (coderId: string, on: boolean) => {
    const current = coderIds.length > 0 ? coderIds : (report?.availableCoderIds ?? []);
    const next = on ? [...new Set([...current, coderId])] : current.filter((c) => c !== coderId);
    setPairChoice(-1);
    setCoderIds(next.length === (report?.availableCoderIds.length ?? 0) ? [] : next.sort());
  };
  const tooFewCoders = coderIds.length === 1;

  return (
    <section className="page analysis-view" data-testid="agreement-page">
      <h1>{t('analysis:agreement.title')}</h1>
      <p className="lead">{t('analysis:agreement.intro')}</p>

      {comparable.isPending && <LoadingState />}
      {comparable.isError && <ErrorAlert error={comparable.error} onRetry={() => void comparable.refetch()} />}
      {comparable.data && comparable.revealed.length === 0 && <p className="empty">{t('analysis:agreement.noRevealed')}</p>}

      {comparable.revealed.length > 0 && (
        <div className="analysis-controls">
          <TranscriptPicker transcripts={comparable.revealed} selected={selected} onChange={setChosen} />
          {report && (
            <fieldset className="analysis-coders" data-testid="coder-picker">
              <legend>{t('analysis:agreement.coders')}</legend>
              {report.availableCoderIds.map((coderId) => (
                <label key={coderId} className="checkbox">
                  <input type="checkbox" checked={coderIds.length === 0 || coderIds.includes(coderId)} onChange={(event) => toggleCoder(coderId, event.target.checked)} />
                  {coderLabel(coderId)}
                </label>
              ))}
            </fieldset>
          )}
          <div className="field">
            <label htmlFor={`${id}-unit`}>{t('analysis:agreement.unit')}</label>
            <select id={`${id}-unit`} className="select" value={unit} onChange={(event) => setUnit(event.target.value as AgreementUnit)} data-testid="agreement-unit">
              {AGREEMENT_UNITS.map((u) => (
                <option key={u} value={u}>
                  {t(`analysis:agreement.units.${u}.name`)}
                </option>
              ))}
            </select>
          </div>
          {report && manyCoders && (
            <div className="field">
              <label htmlFor={`${id}-pair`}>{t('analysis:agreement.pair')}</label>
              <select id={`${id}-pair`} className="select" value={pairChoice} onChange={(event) => setPairChoice(Number(event.target.value))}>
                <option value={-1}>{t('analysis:agreement.allCoders')}</option>
                {report.pairs.map((p, index) => (
                  <option key={p.coderIds.join()} value={index}>
                    {coderLabel(p.coderIds[0])} – {coderLabel(p.coderIds[1])}
                  </option>
                ))}
              </select>
            </div>
          )}
        </div>
      )}

      {selected.size === 0 && comparable.revealed.length > 0 && <p className="empty">{t('analysis:picker.chooseOne')}</p>}
      {tooFewCoders && <p className="empty">{t('analysis:agreement.chooseTwoCoders')}</p>}
      {agreement.isPending && selected.size > 0 && <LoadingState label={t('analysis:agreement.computing')} />}
      {agreement.isError && <ErrorAlert error={agreement.error} onRetry={() => void agreement.refetch()} />}

      {report && view && !tooFewCoders && (
        <>
          <section className="panel analysis-method" aria-labelledby={`${id}-method`} data-testid="agreement-method">
            <h2 id={`${id}-method`}>{t(`analysis:agreement.units.${unit}.name`)}</h2>
            <p>{t(`analysis:agreement.units.${unit}.plain`)}</p>
            <p className="small">
              <span className="muted">{t('analysis:agreement.citable')}</span> <span data-testid="agreement-method-name">{view[unit].method}</span>
            </p>
            <p className="small">
              <span className="muted">{t('analysis:agreement.intervals')}</span>{' '}
              {report.bootstrap.samples > 0
                ? t('analysis:agreement.bootstrap', { samples: report.bootstrap.samples, seed: report.bootstrap.seed })
                : t('analysis:agreement.noBootstrap')}{' '}
              <span className="muted">{report.bootstrap.method}</span>
            </p>
          </section>

          {rows.length === 0 ? (
            <p className="empty">{t('analysis:agreement.choosePair')}</p>
          ) : (
            <>
              <AgreementTable rows={rows} unit={unit} statistic={statistic} codeLabel={codeLabel} locale={locale} />
              {bars.length > 0 && (
                <ChartView
                  option={option}
                  title={t('analysis:agreement.chartTitle', { statistic: statisticLabel, unit: t(`analysis:agreement.units.${unit}.name`) })}
                  description={t('analysis:agreement.chartDescription')}
                  height={agreementChartHeight(bars.length)}
                />
              )}
            </>
          )}
          <CoderPairTable rows={coderPairRows(report, unit)} unit={unit} coderLabel={coderLabel} locale={locale} />
          <DisagreementList
            disagreements={report.disagreements.disagreements}
            method={report.disagreements.method}
            transcripts={comparable.revealed}
            codeLabel={codeLabel}
            coderLabel={coderLabel}
          />
        </>
      )}
    </section>
  );
}
