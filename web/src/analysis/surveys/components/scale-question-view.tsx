import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartView } from '../../../charts/components/chart-view';
import type { SplitBy, SurveyStatsQuestion } from '../api/survey-stats';
import { useCellName } from '../hooks/use-cell-name';
import { useStatsFormat } from '../hooks/use-stats-format';
import { divergingBarOption } from '../utils/diverging-bar-option';
import { cellsToDraw, scaleCounts } from '../utils/question-series';
import { NumericSummaryCells, NumericSummaryHeaders } from './numeric-summary-cells';

interface ScaleQuestionViewProps {
  question: SurveyStatsQuestion;
  by: SplitBy | null;
  confidenceLevel: number;
}

/** A Likert or rating question: diverging stacked bars per group, and counts, median, IQR and mean in a table. */
export function ScaleQuestionView({ question, by, confidenceLevel }: ScaleQuestionViewProps) {
  const { t } = useTranslation(['surveyStats']);
  const format = useStatsFormat();
  const cellName = useCellName(by);
  const cells = cellsToDraw(question);
  const names = cells.map(cellName);
  const option = useMemo(
    () =>
      divergingBarOption({
        categories: names,
        choices: question.choices.map((choice) => choice.label),
        counts: scaleCounts(question, cells),
        formatPercent: format.percent,
      }),
    // The names are strings that change when the centers arrive or the language changes.
    [question, format, names.join('\n')],
  );
  const rows = question.groups.length > 0 ? [...question.groups, question.overall] : [question.overall];
  const allName = useCellName(null);
  return (
    <>
      <ChartView option={option} title={t('surveyStats:chart.scale', { title: question.title })} description={t('surveyStats:chart.scaleDescription')} height={90 + cells.length * 40} />
      <div className="table-scroll">
        <table className="table table-dense" data-testid="survey-stats-table" data-kind="scale">
          <caption className="visually-hidden">{t('surveyStats:table.caption', { title: question.title })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('surveyStats:table.group')}</th>
              <th scope="col">{t('surveyStats:table.n')}</th>
              {question.choices.map((choice) => (
                <th scope="col" key={String(choice.value)}>
                  {choice.label}
                </th>
              ))}
              <NumericSummaryHeaders level={confidenceLevel} />
            </tr>
          </thead>
          <tbody>
            {rows.map((cell) => (
              <tr key={cell.key ?? '*'} data-testid="survey-stats-row" data-key={cell.key ?? ''}>
                <th scope="row">{cell === question.overall ? allName(cell) : cellName(cell)}</th>
                <td>{cell.answered}</td>
                {question.choices.map((choice, index) => {
                  const count = cell.distribution?.[index];
                  return (
                    <td key={String(choice.value)} className="nowrap">
                      {count ? `${count.count} (${format.percent(100 * count.share)})` : '–'}
                    </td>
                  );
                })}
                <NumericSummaryCells summary={cell.numeric} />
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
