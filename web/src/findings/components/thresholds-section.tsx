import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { JointDisplay } from '../api/joint-display';
import { formatEstimate, formatNumber } from '../utils/format-findings';
import { thresholdRows } from '../utils/joint-display-rows';
import { SourceDetails } from './source-details';

/** The threshold matrix of one group: task × metric rows, a verdict per package. */
export function ThresholdsSection({ display }: { display: JointDisplay }) {
  const { t, i18n } = useTranslation(['findings', 'participants']);
  const id = useId();
  const locale = i18n.resolvedLanguage ?? 'en';
  const groupsWithThresholds = display.groups.filter((g) => display.thresholds.some((th) => th.group === g && th.threshold !== null));
  const [chosen, setChosen] = useState('');
  const group = groupsWithThresholds.includes(chosen) ? chosen : groupsWithThresholds[0];
  const packageName = (key: string) => display.packages.find((p) => p.key === key)?.name ?? key;
  const rows = group ? thresholdRows(display.thresholdMatrix, group, display.packageIds) : [];
  const stated = (task: string, metric: string) => display.thresholds.find((th) => th.group === group && th.task === task && th.metric === metric);

  return (
    <section className="findings-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('findings:thresholds.title')}</h2>
      <p className="small">{t('findings:thresholds.intro')}</p>
      {!group ? (
        <p className="empty">{t('findings:missing.no_thresholds')}</p>
      ) : (
        <>
          <div className="field findings-no-print">
            <label htmlFor={`${id}-group`}>{t('findings:thresholds.group')}</label>
            <select id={`${id}-group`} className="select" value={group} onChange={(event) => setChosen(event.target.value)} data-testid="findings-threshold-group">
              {groupsWithThresholds.map((g) => (
                <option key={g} value={g}>
                  {t(`participants:groups.${g}` as 'participants:groups.patient')}
                </option>
              ))}
            </select>
          </div>
          <div className="table-scroll">
            <table className="table table-dense findings-threshold-table" data-testid="findings-threshold-table">
              <caption>
                {t('findings:thresholds.title')} · {t(`participants:groups.${group}` as 'participants:groups.patient')}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('findings:thresholds.task')}</th>
                  <th scope="col">{t('findings:thresholds.metric')}</th>
                  <th scope="col">{t('findings:thresholds.threshold')}</th>
                  {display.packageIds.map((key) => (
                    <th scope="col" key={key}>
                      {packageName(key)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={`${row.task}/${row.metric}`}>
                    <th scope="row">{t(`findings:tasks.${row.task}` as 'findings:tasks.molecular')}</th>
                    <td>{t(`findings:metrics.${row.metric}` as 'findings:metrics.sensitivity')}</td>
                    <td className="numeric">
                      {formatNumber(row.threshold, locale)} ({stated(row.task, row.metric)?.n ?? 0})
                      <SourceDetails sources={display.sources} responseIds={row.responseIds} />
                    </td>
                    {row.cells.map((cell, index) => (
                      <td key={display.packageIds[index]} className={`findings-verdict findings-verdict-${cell?.verdict ?? 'no_data'}`}>
                        <span className="findings-verdict-label">{t(`findings:thresholds.verdicts.${cell?.verdict ?? 'no_data'}`)}</span>
                        <div className="small">{formatEstimate(cell?.interval ?? null, locale)}</div>
                        {cell && <SourceDetails sources={display.sources} rowIds={cell.rowIds} />}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
