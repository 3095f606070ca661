import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartView } from '../../../charts/components/chart-view';
import type { SplitBy, SurveyStatsQuestion } from '../api/survey-stats';
import { useCellName } from '../hooks/use-cell-name';
import { useStatsFormat } from '../hooks/use-stats-format';
import { groupedBarHeight, groupedBarOption } from '../utils/grouped-bar-option';
import { cellsToDraw, rankingSeries, type RankingMetric } from '../utils/question-series';

/** A ranking question: Borda points per respondent or mean rank per item and group, both in the table. */
export function RankingQuestionView({ question, by }: { question: SurveyStatsQuestion; by: SplitBy | null }) {
  const { t } = useTranslation(['surveyStats']);
  const format = useStatsFormat();
  const cellName = useCellName(by);
  const [metric, setMetric] = useState<RankingMetric>('borda');
  const cells = cellsToDraw(question);
  const series = rankingSeries(question, cells, metric, cellName);
  const option = useMemo(
    () =>
      groupedBarOption({
        categories: question.choices.map((choice) => choice.label),
        series,
        formatValue: format.number,
        min: metric === 'meanRank' ? 1 : 0,
        max: metric === 'meanRank' ? question.choices.length : Math.max(1, question.choices.length - 1),
      }),
    // Rebuilt only when the numbers, the metric, the language or the group names change.
    [question, metric, format, series.map((s) => s.name).join('\n')],
  );
  const columns = question.groups.length > 0 ? [...question.groups, question.overall] : [question.overall];
  const allName = useCellName(null);
  const selectId = `ranking-metric-${question.name}`;
  return (
    <>
      <div className="field field-inline">
        <label htmlFor={selectId}>{t('surveyStats:ranking.metric')}</label>
        <select id={selectId} className="select" value={metric} onChange={(event) => setMetric(event.target.value === 'meanRank' ? 'meanRank' : 'borda')}>
          <option value="borda">{t('surveyStats:ranking.borda')}</option>
          <option value="meanRank">{t('surveyStats:ranking.meanRank')}</option>
        </select>
      </div>
      <ChartView
        option={option}
        title={t(metric === 'borda' ? 'surveyStats:chart.borda' : 'surveyStats:chart.meanRank', { title: question.title })}
        height={groupedBarHeight(question.choices.length, cells.length)}
      />
      <div className="table-scroll">
        <table className="table table-dense" data-testid="survey-stats-table" data-kind="ranking">
          <caption className="visually-hidden">{t('surveyStats:table.caption', { title: question.title })}</caption>
          <thead>
            <tr>
              <th scope="col" rowSpan={2}>
                {t('surveyStats:table.item')}
              </th>
              {columns.map((cell) => (
                <th scope="colgroup" colSpan={2} key={cell.key ?? '*'}>
                  {cell === question.overall ? allName(cell) : cellName(cell)} (n = {cell.answered})
                </th>
              ))}
            </tr>
            <tr>
              {columns.flatMap((cell) => [
                <th scope="col" key={`${cell.key ?? '*'}-rank`}>
                  {t('surveyStats:table.meanRank')}
                </th>,
                <th scope="col" key={`${cell.key ?? '*'}-borda`}>
                  {t('surveyStats:table.borda')}
                </th>,
              ])}
            </tr>
          </thead>
          <tbody>
            {question.choices.map((choice, index) => (
              <tr key={String(choice.value)} data-testid="survey-stats-row" data-key={String(choice.value)}>
                <th scope="row">{choice.label}</th>
                {columns.flatMap((cell) => {
                  const item = cell.items?.[index];
                  return [
                    <td key={`${cell.key ?? '*'}-rank`}>{item?.meanRank === null || item === undefined ? '–' : format.number(item.meanRank)}</td>,
                    <td key={`${cell.key ?? '*'}-borda`}>{item ? format.whole(item.bordaScore) : '–'}</td>,
                  ];
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
