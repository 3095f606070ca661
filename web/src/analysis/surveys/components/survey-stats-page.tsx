import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSignedInUser } from '../../../auth/hooks/use-signed-in-user';
import { useInstruments } from '../../../instruments/hooks/use-instruments';
import { ErrorAlert } from '../../../ui/components/error-alert';
import { LoadingState } from '../../../ui/components/loading-state';
import { usePageTitle } from '../../../ui/hooks/use-page-title';
import type { SurveyStatsFilters as Filters } from '../api/survey-stats';
import { useStatsFormat } from '../hooks/use-stats-format';
import { useSurveyStats } from '../hooks/use-survey-stats';
import { defaultVersionId, versionOptions } from '../utils/version-options';
import { QuestionStats } from './question-stats';
import { SurveyStatsFilters } from './survey-stats-filters';

const NO_FILTERS: Filters = { by: 'group', center: '', group: '', language: '' };

/** Analysis → Surveys: descriptives of one instrument version per question, split by group or center. */
export function SurveyStatsPage() {
  const { t, i18n } = useTranslation(['surveyStats']);
  usePageTitle(t('surveyStats:title'));
  const user = useSignedInUser();
  const format = useStatsFormat();
  const instruments = useInstruments();
  const [chosenVersion, setChosenVersion] = useState<string | null>(null);
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const versions = versionOptions(instruments.data ?? [], i18n.resolvedLanguage ?? 'en');
  const versionId = defaultVersionId(versions, chosenVersion);
  const stats = useSurveyStats(versionId, filters);

  return (
    <section className="page survey-stats-page" data-testid="survey-stats-page">
      <h1>{t('surveyStats:title')}</h1>
      <p className="lead">{t('surveyStats:intro')}</p>
      {instruments.isPending && <LoadingState />}
      {instruments.isError && <ErrorAlert error={instruments.error} onRetry={() => void instruments.refetch()} />}
      {instruments.isSuccess && versions.length === 0 && <p className="empty">{t('surveyStats:noInstruments')}</p>}
      {versions.length > 0 && (
        <SurveyStatsFilters versions={versions} versionId={versionId} onVersionChange={setChosenVersion} filters={filters} onChange={setFilters} showCenter={user.center === null} />
      )}
      {stats.isError && <ErrorAlert error={stats.error} onRetry={() => void stats.refetch()} />}
      {versionId !== null && stats.isPending && <LoadingState />}
      {stats.data && (
        <div className="survey-stats-results" data-testid="survey-stats-results" data-version={stats.data.version.id} data-by={stats.data.by ?? ''} aria-busy={stats.isFetching}>
          <p data-testid="survey-stats-count">
            <strong>{t('surveyStats:responses', { count: stats.data.responses })}</strong>
          </p>
          <p className="muted">{t('surveyStats:method', { level: format.level(stats.data.confidenceLevel) })}</p>
          {stats.data.responses === 0 ? (
            <p className="empty">{t('surveyStats:noResponses')}</p>
          ) : (
            stats.data.questions.map((question) => <QuestionStats key={question.name} question={question} by={stats.data.by} confidenceLevel={stats.data.confidenceLevel} />)
          )}
          {stats.data.skipped.length > 0 && <p className="muted">{t('surveyStats:skipped', { questions: stats.data.skipped.map((q) => q.title).join('; ') })}</p>}
        </div>
      )}
    </section>
  );
}
