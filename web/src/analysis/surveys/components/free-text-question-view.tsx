import { useTranslation } from 'react-i18next';
import type { SplitBy, SurveyStatsQuestion } from '../api/survey-stats';
import { useCellName } from '../hooks/use-cell-name';

/** Free-text answers, listed per group with the participant's pseudonym and the language they wrote in. */
export function FreeTextQuestionView({ question, by }: { question: SurveyStatsQuestion; by: SplitBy | null }) {
  const { t } = useTranslation(['surveyStats', 'common']);
  const cellName = useCellName(by);
  const cells = question.groups.length > 0 ? question.groups : [question.overall];
  if (question.overall.answered === 0) return <p className="empty">{t('surveyStats:freeText.empty')}</p>;
  return (
    <div className="table-scroll">
      <table className="table table-dense" data-testid="survey-stats-table" data-kind="text">
        <caption className="visually-hidden">{t('surveyStats:table.caption', { title: question.title })}</caption>
        <thead>
          <tr>
            {by !== null && <th scope="col">{t('surveyStats:table.group')}</th>}
            <th scope="col">{t('surveyStats:freeText.code')}</th>
            <th scope="col">{t('surveyStats:freeText.language')}</th>
            <th scope="col">{t('surveyStats:freeText.answer')}</th>
          </tr>
        </thead>
        <tbody>
          {cells.flatMap((cell) =>
            (cell.answers ?? []).map((answer) => (
              <tr key={`${cell.key ?? '*'}-${answer.code}`} data-testid="survey-free-text">
                {by !== null && <td>{cellName(cell)}</td>}
                <td className="nowrap">{answer.code}</td>
                <td>{answer.language.toUpperCase()}</td>
                <td lang={answer.language}>{answer.text}</td>
              </tr>
            )),
          )}
        </tbody>
      </table>
    </div>
  );
}
