import { useTranslation } from 'react-i18next';
import type { NumericSummary } from '../api/survey-stats';
import { useStatsFormat } from '../hooks/use-stats-format';

/** Median, IQR with its quartiles, mean and its confidence interval, as table cells ("–" when nobody answered). */
export function NumericSummaryCells({ summary }: { summary: NumericSummary | null | undefined }) {
  const format = useStatsFormat();
  if (!summary) {
    return (
      <>
        <td>–</td>
        <td>–</td>
        <td>–</td>
        <td>–</td>
      </>
    );
  }
  const ci = summary.meanConfidenceInterval;
  return (
    <>
      <td data-stat="median">{format.number(summary.median)}</td>
      <td className="nowrap" data-stat="iqr">
        {format.number(summary.iqr)} ({format.number(summary.q1)}–{format.number(summary.q3)})
      </td>
      <td data-stat="mean">{format.number(summary.mean)}</td>
      <td className="nowrap" data-stat="ci">
        {ci ? `${format.number(ci.lower)}–${format.number(ci.upper)}` : '–'}
      </td>
    </>
  );
}

/** The header cells matching NumericSummaryCells; `level` is the confidence level, e.g. 0.95. */
export function NumericSummaryHeaders({ level }: { level: number }) {
  const { t } = useTranslation(['surveyStats']);
  const format = useStatsFormat();
  return (
    <>
      <th scope="col">{t('surveyStats:table.median')}</th>
      <th scope="col">{t('surveyStats:table.iqr')}</th>
      <th scope="col">{t('surveyStats:table.mean')}</th>
      <th scope="col">{t('surveyStats:table.ci', { level: format.level(level) })}</th>
    </>
  );
}
