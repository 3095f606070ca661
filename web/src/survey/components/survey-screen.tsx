import 'survey-core/survey-core.fontless.css';
import { use, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Survey } from 'survey-react-ui';
import type { Language } from '../../app/languages';
import type { AnswerIssue, SurveyAnswers } from '../api/survey-session';
import { useSurveyModel, type SurveyModelHandlers } from '../hooks/use-survey-model';
import { surveyCoreLocale } from '../utils/survey-core-locale';

export interface SurveyScreenProps {
  definition: Record<string, unknown>;
  language: Language;
  data: SurveyAnswers;
  pageNo: number;
  epoch: number;
  rejection: { message: string; issues: AnswerIssue[] } | null;
  onAnswers: SurveyModelHandlers['onAnswers'];
  onPage: SurveyModelHandlers['onPage'];
  onComplete: SurveyModelHandlers['onComplete'];
}

/** The questionnaire, rendered by survey-react-ui in the participant's language. */
export function SurveyScreen({ definition, language, data, pageNo, epoch, rejection, onAnswers, onPage, onComplete }: SurveyScreenProps) {
  use(surveyCoreLocale(language));
  const { t } = useTranslation(['survey']);
  const handlers = useMemo(() => ({ onAnswers, onPage, onComplete }), [onAnswers, onPage, onComplete]);
  const model = useSurveyModel({ definition, language, data, pageNo, epoch }, handlers);
  const [page, setPage] = useState(() => ({ current: model.currentPageNo + 1, total: Math.max(1, model.visiblePageCount) }));
  useEffect(() => {
    const update = () => setPage({ current: model.currentPageNo + 1, total: Math.max(1, model.visiblePageCount) });
    update();
    model.onCurrentPageChanged.add(update);
    // Branching may add or remove pages as answers change.
    model.onValueChanged.add(update);
    return () => {
      model.onCurrentPageChanged.remove(update);
      model.onValueChanged.remove(update);
    };
  }, [model]);
  const percent = Math.round((page.current / page.total) * 100);
  return (
    <section className="participant-survey" aria-label={t('survey:survey.label')} data-testid="survey-screen">
      <div className="survey-progress" data-testid="survey-progress" data-page={page.current} data-pages={page.total}>
        <p className="survey-progress-text" aria-live="polite">
          {t('survey:survey.progress', { current: page.current, total: page.total })}
        </p>
        <div
          className="survey-progress-bar"
          role="progressbar"
          aria-label={t('survey:survey.progressLabel')}
          aria-valuemin={1}
          aria-valuemax={page.total}
          aria-valuenow={page.current}
          aria-valuetext={t('survey:survey.progress', { current: page.current, total: page.total })}
        >
          <span style={{ width: `${percent}%` }} />
        </div>
      </div>
      {rejection && (
        <div className="participant-alert" role="alert" data-testid="survey-rejection">
          <p className="participant-alert-title">{rejection.message}</p>
          {rejection.issues.length > 0 && (
            <ul>
              {rejection.issues.map((issue) => (
                <li key={`${issue.question}-${issue.rule}`}>{issue.message}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      <Survey model={model} />
    </section>
  );
}
