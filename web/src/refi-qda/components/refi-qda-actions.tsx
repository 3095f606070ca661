import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSignedInUser } from '../../auth/hooks/use-signed-in-user';
import { DownloadQdpxButton } from './download-qdpx-button';

/** The REFI-QDA entries of the transcripts list: import for everyone who imports transcripts, download for leads (exports are theirs). */
export function RefiQdaActions() {
  const { t } = useTranslation(['refiQda']);
  const user = useSignedInUser();
  return (
    <div className="refi-qda-actions">
      <Link className="button" to="/transcripts/import-qdpx" data-testid="qdpx-import-open">
        {t('refiQda:openImport')}
      </Link>
      {user.role === 'lead' && <DownloadQdpxButton />}
    </div>
  );
}
