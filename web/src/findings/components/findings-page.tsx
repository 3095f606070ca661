import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageFilterSelect } from '../../app/components/language-filter-select';
import type { Language } from '../../app/languages';
import { CenterOptions } from '../../centers/components/center-options';
import { ErrorAlert } from '../../ui/components/error-alert';
import { LoadingState } from '../../ui/components/loading-state';
import { usePageTitle } from '../../ui/hooks/use-page-title';
import { useJointDisplay } from '../hooks/use-joint-display';
import { JointTable } from './joint-table';
import { MethodSection } from './method-section';
import { ScoresSection } from './scores-section';
import { TaskValueSection } from './task-value-section';
import { ThresholdsSection } from './thresholds-section';
import { WeightsChart } from './weights-chart';

const DRAW_CHOICES = [1000, 2000, 10000] as const;

/**
 * The meaningful-AI joint display: criteria × stakeholder groups, package scores with rank
 * stability, thresholds, task value, and the method. Printable on A4.
 */
export function FindingsPage() {
  const { t, i18n } = useTranslation(['findings', 'common']);
  usePageTitle(t('findings:title'));
  const [center, setCenter] = useState('');
  const [language, setLanguage] = useState<Language | ''>('');
  const [draws, setDraws] = useState<number>(2000);
  const query = useJointDisplay({ center, language, draws });
  const display = query.data;
  const locale = i18n.resolvedLanguage ?? 'en';

  return (
    <section className="page findings-page" data-testid="findings-page">
      <h1>{t('findings:title')}</h1>
      <p className="lead">{t('findings:intro')}</p>
      <form className="filters findings-no-print" role="search" aria-label={t('findings:filters.label')} onSubmit={(event) => event.preventDefault()}>
        <div className="field">
          <label htmlFor="findings-center">{t('findings:filters.center')}</label>
          <select id="findings-center" className="select" value={center} onChange={(event) => setCenter(event.target.value)} data-testid="findings-center">
            <option value="">{t('findings:filters.allCenters')}</option>
            <CenterOptions />
          </select>
        </div>
        <LanguageFilterSelect id="findings-language" label={t('findings:filters.language')} allLabel={t('findings:filters.allLanguages')} value={language} onChange={setLanguage} testId="findings-language" />
        <div className="field">
          <label htmlFor="findings-draws">{t('findings:filters.draws')}</label>
          <select id="findings-draws" className="select" value={draws} onChange={(event) => setDraws(Number(event.target.value))} data-testid="findings-draws">
            {DRAW_CHOICES.map((n) => (
              <option key={n} value={n}>
                {new Intl.NumberFormat(locale).format(n)}
              </option>
            ))}
          </select>
        </div>
        <div className="filters-actions">
          <button type="button" className="button button-secondary" onClick={() => window.print()}>
            {t('findings:filters.print')}
          </button>
        </div>
      </form>
      {query.isPending && <LoadingState />}
      {query.isError && <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />}
      {display && (
        <div className={query.isFetching ? 'findings-body is-refreshing' : 'findings-body'} aria-busy={query.isFetching} data-testid="findings-body" data-center={display.filters.center ?? ''}>
          {display.packages.some((p) => p.synthetic) && <p className="notice">{t('findings:synthetic')}</p>}
          <p className="small muted">
            {t('findings:computedWith', {
              time: new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(display.computedAt)),
              draws: new Intl.NumberFormat(locale).format(display.settings.draws),
              seed: display.settings.seed,
              confidence: new Intl.NumberFormat(locale, { style: 'percent' }).format(display.settings.confidence),
            })}
          </p>
          <JointTable display={display} />
          <section className="findings-section">
            <WeightsChart display={display} />
          </section>
          <ScoresSection display={display} />
          <ThresholdsSection display={display} />
          <TaskValueSection display={display} />
          <MethodSection display={display} />
        </div>
      )}
    </section>
  );
}
