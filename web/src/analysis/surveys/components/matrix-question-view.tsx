import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartView } from '../../../charts/components/chart-view';
import type { SurveyStatsQuestion } from '../api/survey-stats';
import { useStatsFormat } from '../hooks/use-stats-format';
import { divergingBarOption } from '../utils/diverging-bar-option';

/** A single-choice matrix (a Likert scale per row), over everyone shown: one diverging bar per row, counts in a table. */
export function MatrixQuestionView({ question }: { question: SurveyStatsQuestion }) {
  const { t } = useTranslation(['surveyStats']);
  const format = useStatsFormat();
  const rows = question.overall.rows ?? [];
  const option = useMemo(
    () =>
      divergingBarOption({
        categories: rows.map((row) => row.label),
        choices: question.choices.map((choice) => choice.label),
        counts: rows.map((row) => row.distribution.map((count) => count.count)),
        formatPercent: format.percent,
      }),
    [question, format],
  );
  return (
    <>
      <ChartView option={option} title={t('surveyStats:chart.matrix', { title: question.title })} description={t('surveyStats:chart.scaleDescription')} height={90 + rows.length * 40} />
      <div className="table-scroll">
        <table className="table table-dense" data-testid="survey-stats-table" data-kind="matrix">
          <caption className="visually-hidden">{t('surveyStats:table.caption', { title: question.title })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('surveyStats:table.item')}</th>
              <th scope="col">{t('surveyStats:table.n')}</th>
              {question.choices.map((choice) => (
                <th scope="col" key={String(choice.value)}>
                  {choice.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.value} data-testid="survey-stats-row" data-key={row.value}>
                <th scope="row">{row.label}</th>
                <td>{row.answered}</td>
                {row.distribution.map((count) => (
                  <td key={String(count.value)} className="nowrap">
                    {`${count.count} (${format.percent(100 * count.share)})`}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
