import { useTranslation } from 'react-i18next';
import type { VersionStatus } from '../api/instrument';

const BADGE_CLASS: Record<VersionStatus, string> = {
  draft: 'badge badge-draft',
  published: 'badge badge-ok',
  retired: 'badge badge-muted',
};

export function VersionStatusBadge({ status, testId }: { status: VersionStatus; testId?: string }) {
  const { t } = useTranslation(['instruments']);
  return (
    <span className={BADGE_CLASS[status]} data-status={status} data-testid={testId}>
      {t(`instruments:status.${status}`)}
    </span>
  );
}
