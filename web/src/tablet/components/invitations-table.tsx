import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCenterName } from '../../centers/hooks/use-center-name';
import { Dialog } from '../../ui/components/dialog';
import { ErrorAlert } from '../../ui/components/error-alert';
import { useDateFormat } from '../../ui/hooks/use-date-format';
import type { SurveyInvitation } from '../api/survey-access';
import { useRevokeInvitation } from '../hooks/use-revoke-invitation';
import { InvitationStatusBadge } from './invitation-status-badge';

interface InvitationsTableProps {
  invitations: readonly SurveyInvitation[];
  canRevoke: boolean;
}

export function InvitationsTable({ invitations, canRevoke }: InvitationsTableProps) {
  const { t } = useTranslation(['tablet', 'participants', 'common']);
  const centerName = useCenterName();
  const { dateTime, date } = useDateFormat();
  const revoke = useRevokeInvitation();
  const [confirming, setConfirming] = useState<SurveyInvitation | null>(null);

  if (invitations.length === 0) return <p className="empty">{t('tablet:list.empty')}</p>;
  return (
    <>
      <div className="table-scroll">
        <table className="table table-dense" data-testid="invitations-table">
          <caption className="visually-hidden">{t('tablet:list.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('tablet:list.code')}</th>
              <th scope="col">{t('tablet:list.group')}</th>
              <th scope="col">{t('tablet:list.center')}</th>
              <th scope="col">{t('tablet:list.language')}</th>
              <th scope="col">{t('tablet:list.status')}</th>
              <th scope="col">{t('tablet:list.created')}</th>
              <th scope="col">{t('tablet:list.until')}</th>
              {canRevoke && <th scope="col">{t('tablet:list.actions')}</th>}
            </tr>
          </thead>
          <tbody>
            {invitations.map((invitation) => (
              <tr key={invitation.id} data-testid="invitation-row" data-code={invitation.participantCode} data-status={invitation.status}>
                <th scope="row" className="pseudonym">
                  {invitation.participantCode}
                </th>
                <td>{t(`participants:groups.${invitation.group}`)}</td>
                <td>{centerName(invitation.center)}</td>
                <td>{invitation.language.toUpperCase()}</td>
                <td>
                  <InvitationStatusBadge status={invitation.status} />
                </td>
                <td className="nowrap">{dateTime(invitation.createdAt)}</td>
                <td className="nowrap">
                  {invitation.completedAt ? t('tablet:list.completedOn', { date: date(invitation.completedAt) }) : date(invitation.expiresAt)}
                </td>
                {canRevoke && (
                  <td>
                    {(invitation.status === 'pending' || invitation.status === 'in_progress') && (
                      <button
                        type="button"
                        className="button button-danger-outline button-small"
                        onClick={() => setConfirming(invitation)}
                        data-testid="invitation-revoke"
                      >
                        {t('tablet:list.revoke')}
                      </button>
                    )}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Dialog
        open={confirming !== null}
        title={t('tablet:revoke.title', { code: confirming?.participantCode ?? '' })}
        tone="danger"
        onClose={() => {
          setConfirming(null);
          revoke.reset();
        }}
        testId="revoke-dialog"
        actions={
          <>
            <button
              type="button"
              className="button button-secondary"
              onClick={() => {
                setConfirming(null);
                revoke.reset();
              }}
            >
              {t('common:actions.cancel')}
            </button>
            <button
              type="button"
              className="button button-danger"
              disabled={revoke.isPending}
              onClick={() => {
                if (!confirming) return;
                revoke.mutate(confirming.id, { onSuccess: () => setConfirming(null) });
              }}
              data-testid="revoke-confirm"
            >
              {t('tablet:revoke.confirm')}
            </button>
          </>
        }
      >
        <p>{t('tablet:revoke.body')}</p>
        {revoke.isError && <ErrorAlert error={revoke.error} />}
      </Dialog>
    </>
  );
}
