import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isLanguage } from '../../app/is-language';
import type { Instrument } from '../api/instrument';
import { useInstrumentVersion } from '../hooks/use-instrument-version';
import { localizedText } from '../utils/localized-text';
import { newestVersion } from '../utils/newest-version';
import { CompletenessBars } from './completeness-bars';
import { VersionStatusBadge } from './version-status-badge';

/** One instrument: what it is, who answers it, its versions, and the translations of the chosen one. */
export function InstrumentCard({ instrument }: { instrument: Instrument }) {
  const { t, i18n } = useTranslation(['instruments', 'participants', 'common']);
  const [chosenId, setChosenId] = useState<string | null>(null);
  const selected = instrument.versions.find((version) => version.id === chosenId) ?? newestVersion(instrument.versions);
  const detail = useInstrumentVersion(selected?.id);
  const language = i18n.resolvedLanguage ?? 'en';
  const title = localizedText(instrument.title, language) ?? instrument.key;
  const titleId = `instrument-${instrument.id}-title`;
  const languageNames = (selected?.languages ?? []).map((code) => (isLanguage(code) ? t(`common:languageNames.${code}`) : code));

  return (
    <li className="instrument-card" data-testid="instrument-card" data-key={instrument.key}>
      <header className="instrument-card-header">
        <h3 id={titleId} className="instrument-title" data-testid="instrument-title">
          {title}
        </h3>
        <code className="code" data-testid="instrument-key">
          {instrument.key}
        </code>
      </header>

      <dl className="instrument-meta">
        <div>
          <dt>{t('instruments:list.targetGroups')}</dt>
          <dd data-testid="instrument-groups">
            {instrument.targetGroups.map((group) => t(`participants:groups.${group}`)).join(', ')}
          </dd>
        </div>
        <div>
          <dt>{t('instruments:list.languages')}</dt>
          <dd data-testid="instrument-languages">
            {languageNames.length > 0 ? languageNames.join(', ') : t('instruments:list.noLanguages')}
          </dd>
        </div>
      </dl>

      <div className="version-picker" role="group" aria-label={t('instruments:list.versions')}>
        {instrument.versions.map((version) => (
          <button
            key={version.id}
            type="button"
            className="version-chip"
            aria-pressed={version.id === selected?.id}
            onClick={() => setChosenId(version.id)}
            data-testid="version-chip"
            data-version={version.version}
          >
            <span>{t('instruments:list.versionLabel', { version: version.version })}</span>
            <VersionStatusBadge status={version.status} />
          </button>
        ))}
      </div>

      {selected && (
        <div className="instrument-completeness" data-testid="instrument-completeness">
          <p className="instrument-completeness-title">
            {t('instruments:completeness.titleForVersion', { version: selected.version })}
          </p>
          {detail.data ? (
            <CompletenessBars completeness={detail.data.completeness} offered={selected.languages} compact />
          ) : (
            <p className="muted small" role="status">
              {detail.isError ? detail.error.message : t('instruments:completeness.loading')}
            </p>
          )}
        </div>
      )}

      {selected && (
        <Link
          className="button button-secondary button-small instrument-open"
          to={`/instruments/${encodeURIComponent(instrument.id)}/versions/${encodeURIComponent(selected.id)}`}
          data-testid="open-version"
        >
          {t('instruments:list.open', { version: selected.version })}
        </Link>
      )}
    </li>
  );
}
