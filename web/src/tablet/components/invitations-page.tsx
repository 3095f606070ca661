import '../tablet.css';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSignedInUser } from '../../auth/hooks/use-signed-in-user';
import { ErrorAlert } from '../../ui/components/error-alert';
import { LoadingState } from '../../ui/components/loading-state';
import { usePageTitle } from '../../ui/hooks/use-page-title';
import { useInvitations } from '../hooks/use-invitations';
import { canHandOut } from '../utils/handout-roles';
import { CompletionSummaryTable } from './completion-summary-table';
import { CreateInvitationPanel } from './create-invitation-panel';
import { InvitationsTable } from './invitations-table';

/** Clinicians' personal survey links: create, copy, revoke, and see who completed. */
export function InvitationsPage() {
  const { t } = useTranslation(['tablet']);
  usePageTitle(t('tablet:invitations.title'));
  const user = useSignedInUser();
  const invitations = useInvitations();
  const mayHandOut = canHandOut(user.role);

  return (
    <section className="page" data-testid="invitations-page">
      <h1>{t('tablet:invitations.title')}</h1>
      <p className="lead">{t('tablet:invitations.intro')}</p>
      {mayHandOut && (
        <p>
          <Link to="/tablet-start" data-testid="link-tablet-start">
            {t('tablet:invitations.toTablet')}
          </Link>
        </p>
      )}
      {mayHandOut && <CreateInvitationPanel />}
      <section className="panel" aria-labelledby="completion-title">
        <h2 id="completion-title">{t('tablet:summary.title')}</h2>
        {invitations.isPending && <LoadingState />}
        {invitations.isError && <ErrorAlert error={invitations.error} onRetry={() => void invitations.refetch()} />}
        {invitations.data && <CompletionSummaryTable invitations={invitations.data} />}
      </section>
      <section className="panel" aria-labelledby="invitations-list-title">
        <h2 id="invitations-list-title">{t('tablet:list.title')}</h2>
        {invitations.data && <InvitationsTable invitations={invitations.data} canRevoke={mayHandOut} />}
      </section>
    </section>
  );
}
