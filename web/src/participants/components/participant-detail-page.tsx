import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useSignedInUser } from '../../auth/hooks/use-signed-in-user';
import { canPerform } from '../../auth/utils/can-perform';
import { useCenterName } from '../../centers/hooks/use-center-name';
import { ErrorAlert } from '../../ui/components/error-alert';
import { LoadingState } from '../../ui/components/loading-state';
import { useDateFormat } from '../../ui/hooks/use-date-format';
import { usePageTitle } from '../../ui/hooks/use-page-title';
import { useParticipant } from '../hooks/use-participant';
import { ConsentSection } from './consent-section';
import { ParticipantStatusBadge } from './participant-status-badge';
import { WithdrawSection } from './withdraw-section';

export function ParticipantDetailPage() {
  const { t } = useTranslation(['participants', 'common']);
  const { id = '' } = useParams();
  const participant = useParticipant(id);
  const user = useSignedInUser();
  const centerName = useCenterName();
  const format = useDateFormat();
  usePageTitle(participant.data?.code ?? t('participants:title'));

  return (
    <section className="page">
      <p className="breadcrumb">
        <Link to="/participants">{t('participants:detail.back')}</Link>
      </p>
      {participant.isPending && <LoadingState />}
      {participant.isError && <ErrorAlert error={participant.error} onRetry={() => void participant.refetch()} />}
      {participant.data && (
        <>
          <header className="participant-header">
            <p className="eyebrow">{t('participants:detail.pseudonymCode')}</p>
            <h1 className="pseudonym pseudonym-hero" data-testid="participant-detail-code">
              {participant.data.code}
            </h1>
            <ParticipantStatusBadge participant={participant.data} />
          </header>

          <dl className="facts">
            <div>
              <dt>{t('participants:detail.center')}</dt>
              <dd>{centerName(participant.data.center)}</dd>
            </div>
            <div>
              <dt>{t('participants:detail.group')}</dt>
              <dd>{t(`participants:groups.${participant.data.group}`)}</dd>
            </div>
            <div>
              <dt>{t('participants:detail.language')}</dt>
              <dd>{t(`common:languageNames.${participant.data.language}`)}</dd>
            </div>
            <div>
              <dt>{t('participants:detail.registered')}</dt>
              <dd>{format.dateTime(participant.data.createdAt)}</dd>
            </div>
            {participant.data.withdrawnAt && (
              <div>
                <dt>{t('participants:detail.withdrawn')}</dt>
                <dd>{format.dateTime(participant.data.withdrawnAt)}</dd>
              </div>
            )}
          </dl>

          {participant.data.withdrawnAt && (
            <div className="alert alert-info" role="status" data-testid="withdrawn-notice">
              <p className="alert-title">
                {participant.data.dataErased ? t('participants:detail.erasedNotice') : t('participants:detail.keptNotice')}
              </p>
            </div>
          )}

          <ConsentSection participant={participant.data} canRecord={canPerform(user.role, 'recordConsent')} />
          {!participant.data.withdrawnAt && canPerform(user.role, 'withdrawParticipant') && (
            <WithdrawSection participant={participant.data} />
          )}
        </>
      )}
    </section>
  );
}
