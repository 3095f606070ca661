import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartView } from '../../../charts/components/chart-view';
import type { SplitBy, SurveyStatsQuestion } from '../api/survey-stats';
import { useCellName } from '../hooks/use-cell-name';
import { useStatsFormat } from '../hooks/use-stats-format';
import { groupedBarHeight, groupedBarOption } from '../utils/grouped-bar-option';
import { cellsToDraw, numericSeries } from '../utils/question-series';
import { NumericSummaryCells, NumericSummaryHeaders } from './numeric-summary-cells';

interface NumericQuestionViewProps {
  question: SurveyStatsQuestion;
  by: SplitBy | null;
  confidenceLevel: number;
}

/** A number typed in (an acceptance threshold, a cost): how often each value was given, and its summary per group. */
export function NumericQuestionView({ question, by, confidenceLevel }: NumericQuestionViewProps) {
  const { t } = useTranslation(['surveyStats']);
  const format = useStatsFormat();
  const cellName = useCellName(by);
  const cells = cellsToDraw(question);
  const { bins, series } = numericSeries(cells, cellName);
  const categories = bins.map((bin) => (bin.from === bin.to ? format.number(bin.from) : `${format.number(bin.from)}–${format.number(bin.to)}`));
  const option = useMemo(
    () => groupedBarOption({ categories, series, formatValue: format.percent, min: 0 }),
    // Rebuilt only when the numbers, the language or the group names change.
    [question, format, series.map((s) => s.name).join('\n')],
  );
  const rows = question.groups.length > 0 ? [...question.groups, question.overall] : [question.overall];
  const allName = useCellName(null);
  return (
    <>
      <ChartView option={option} title={t('surveyStats:chart.numeric', { title: question.title })} height={groupedBarHeight(bins.length, cells.length)} />
      <div className="table-scroll">
        <table className="table table-dense" data-testid="survey-stats-table" data-kind="numeric">
          <caption className="visually-hidden">{t('surveyStats:table.caption', { title: question.title })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('surveyStats:table.group')}</th>
              <th scope="col">{t('surveyStats:table.n')}</th>
              <NumericSummaryHeaders level={confidenceLevel} />
              <th scope="col">{t('surveyStats:table.minMax')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((cell) => (
              <tr key={cell.key ?? '*'} data-testid="survey-stats-row" data-key={cell.key ?? ''}>
                <th scope="row">{cell === question.overall ? allName(cell) : cellName(cell)}</th>
                <td>{cell.answered}</td>
                <NumericSummaryCells summary={cell.numeric} />
                <td className="nowrap">{cell.numeric ? `${format.number(cell.numeric.min)}–${format.number(cell.numeric.max)}` : '–'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
