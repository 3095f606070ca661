import { useTranslation } from 'react-i18next';
import type { Participant } from '../api/participant';

export function ParticipantStatusBadge({ participant }: { participant: Participant }) {
  const { t } = useTranslation(['participants']);
  if (participant.withdrawnAt === null) {
    return <span className="badge badge-ok">{t('participants:status.active')}</span>;
  }
  return (
    <span className={participant.dataErased ? 'badge badge-danger' : 'badge badge-muted'}>
      {participant.dataErased ? t('participants:status.erased') : t('participants:status.withdrawn')}
    </span>
  );
}
