import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Instrument } from '../api/instrument';
import { VersionStatusBadge } from './version-status-badge';

/** Links to the instrument's other versions, the current one marked. */
export function VersionSwitcher({ instrument, currentId }: { instrument: Instrument; currentId: string }) {
  const { t } = useTranslation(['instruments']);
  if (instrument.versions.length < 2) return null;
  return (
    <nav className="version-picker" aria-label={t('instruments:version.versions')} data-testid="version-switcher">
      {instrument.versions.map((version) => (
        <Link
          key={version.id}
          className="version-chip"
          to={`/instruments/${encodeURIComponent(instrument.id)}/versions/${encodeURIComponent(version.id)}`}
          aria-current={version.id === currentId ? 'page' : undefined}
        >
          <span>{t('instruments:list.versionLabel', { version: version.version })}</span>
          <VersionStatusBadge status={version.status} />
        </Link>
      ))}
    </nav>
  );
}
