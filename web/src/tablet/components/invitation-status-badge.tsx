import { useTranslation } from 'react-i18next';
import type { InvitationStatus } from '../api/survey-access';

const TONE: Record<InvitationStatus, string> = {
  pending: 'badge-muted',
  in_progress: 'badge-progress',
  completed: 'badge-ok',
  revoked: 'badge-danger',
  expired: 'badge-muted',
};

export function InvitationStatusBadge({ status }: { status: InvitationStatus }) {
  const { t } = useTranslation(['tablet']);
  return <span className={`badge ${TONE[status]}`}>{t(`tablet:status.${status}`)}</span>;
}
