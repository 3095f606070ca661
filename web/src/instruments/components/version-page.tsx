import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { VersionDetail } from './version-detail';

export function VersionPage() {
  const { t } = useTranslation(['instruments']);
  const { versionId = '' } = useParams();
  return (
    <section className="page" data-testid="version-page">
      <p className="breadcrumb">
        <Link to="/instruments">{t('instruments:version.back')}</Link>
      </p>
      {/* A fresh detail per version, so forms and results of the previous one do not linger. */}
      <VersionDetail key={versionId} versionId={versionId} />
    </section>
  );
}
