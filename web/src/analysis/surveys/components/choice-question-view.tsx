import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartView } from '../../../charts/components/chart-view';
import type { SplitBy, SurveyStatsQuestion } from '../api/survey-stats';
import { useCellName } from '../hooks/use-cell-name';
import { useStatsFormat } from '../hooks/use-stats-format';
import { groupedBarHeight, groupedBarOption } from '../utils/grouped-bar-option';
import { cellsToDraw, choiceShareSeries } from '../utils/question-series';

/** A single or multiple choice question: share of respondents per choice and group, and the counts in a table. */
export function ChoiceQuestionView({ question, by }: { question: SurveyStatsQuestion; by: SplitBy | null }) {
  const { t } = useTranslation(['surveyStats']);
  const format = useStatsFormat();
  const cellName = useCellName(by);
  const cells = cellsToDraw(question);
  const series = choiceShareSeries(question, cells, cellName);
  const option = useMemo(
    () => groupedBarOption({ categories: question.choices.map((choice) => choice.label), series, formatValue: format.percent, min: 0, max: 100 }),
    // The series are rebuilt each render; their names and values change only with these.
    [question, format, series.map((s) => s.name).join('\n')],
  );
  const columns = question.groups.length > 0 ? [...question.groups, question.overall] : [question.overall];
  const allName = useCellName(null);
  const unlisted = question.overall.unlisted ?? [];
  return (
    <>
      {question.kind === 'multiple' && <p className="muted">{t('surveyStats:multiple')}</p>}
      <ChartView option={option} title={t('surveyStats:chart.distribution', { title: question.title })} height={groupedBarHeight(question.choices.length, cells.length)} />
      <div className="table-scroll">
        <table className="table table-dense" data-testid="survey-stats-table" data-kind={question.kind}>
          <caption className="visually-hidden">{t('surveyStats:table.caption', { title: question.title })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('surveyStats:table.answer')}</th>
              {columns.map((cell) => (
                <th scope="col" key={cell.key ?? '*'}>
                  {cell === question.overall ? allName(cell) : cellName(cell)} (n = {cell.answered})
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {question.choices.map((choice, index) => (
              <tr key={String(choice.value)} data-testid="survey-stats-row" data-key={String(choice.value)}>
                <th scope="row">{choice.label}</th>
                {columns.map((cell) => {
                  const count = cell.distribution?.[index];
                  return (
                    <td key={cell.key ?? '*'} className="nowrap">
                      {count && cell.answered > 0 ? `${count.count} (${format.percent(100 * count.share)})` : '–'}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {unlisted.length > 0 && <p className="muted">{t('surveyStats:unlisted', { values: unlisted.map((u) => `${u.value} (${u.count})`).join(', ') })}</p>}
    </>
  );
}
