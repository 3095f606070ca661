import { useTranslation } from 'react-i18next';
import { useCenterName } from '../../centers/hooks/use-center-name';
import type { SurveyInvitation } from '../api/survey-access';
import { completionRate, completionSummary } from '../utils/completion-summary';

/** Completion of invitation links per center and stakeholder group. */
export function CompletionSummaryTable({ invitations }: { invitations: readonly SurveyInvitation[] }) {
  const { t, i18n } = useTranslation(['tablet', 'participants']);
  const centerName = useCenterName();
  const rows = completionSummary(invitations);
  const percent = new Intl.NumberFormat(i18n.resolvedLanguage, { style: 'percent', maximumFractionDigits: 0 });
  if (rows.length === 0) return <p className="empty">{t('tablet:summary.empty')}</p>;
  return (
    <div className="table-scroll">
      <table className="table" data-testid="completion-summary">
        <caption className="visually-hidden">{t('tablet:summary.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('tablet:summary.center')}</th>
            <th scope="col">{t('tablet:summary.group')}</th>
            <th scope="col">{t('tablet:summary.invited')}</th>
            <th scope="col">{t('tablet:summary.started')}</th>
            <th scope="col">{t('tablet:summary.completed')}</th>
            <th scope="col">{t('tablet:summary.rate')}</th>
            <th scope="col">{t('tablet:summary.revokedOrExpired')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const rate = completionRate(row);
            return (
              <tr key={`${row.center}-${row.group}`} data-testid="completion-row" data-center={row.center} data-group={row.group}>
                <th scope="row">{centerName(row.center)}</th>
                <td>{t(`participants:groups.${row.group}`)}</td>
                <td>{row.open}</td>
                <td>{row.started}</td>
                <td data-testid="completion-completed">{row.completed}</td>
                <td className="nowrap">
                  {rate === null ? (
                    '–'
                  ) : (
                    <>
                      <span className="rate-bar" aria-hidden="true">
                        <span style={{ width: `${Math.round(rate * 100)}%` }} />
                      </span>
                      {percent.format(rate)}
                    </>
                  )}
                </td>
                <td>{row.revokedOrExpired}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
