import { useTranslation } from 'react-i18next';
import { isLanguage } from '../../app/is-language';
import { useDateFormat } from '../../ui/hooks/use-date-format';
import type { InstrumentVersion } from '../api/instrument';

/** The version's metadata; its number and status head the page. */
export function VersionFacts({ version }: { version: InstrumentVersion }) {
  const { t } = useTranslation(['instruments', 'common']);
  const format = useDateFormat();
  const languages = version.languages.map((code) => (isLanguage(code) ? t(`common:languageNames.${code}`) : code));

  return (
    <dl className="facts" data-testid="version-facts">
      <div>
        <dt>{t('instruments:version.facts.key')}</dt>
        <dd>
          <code className="code">{version.instrumentKey}</code>
        </dd>
      </div>
      <div>
        <dt>{t('instruments:version.facts.languages')}</dt>
        <dd data-testid="version-languages">{languages.length > 0 ? languages.join(', ') : t('instruments:list.noLanguages')}</dd>
      </div>
      <div>
        <dt>{t('instruments:version.facts.created')}</dt>
        <dd>{format.dateTime(version.createdAt)}</dd>
      </div>
      {version.publishedAt && (
        <div>
          <dt>{t('instruments:version.facts.published')}</dt>
          <dd>{format.dateTime(version.publishedAt)}</dd>
        </div>
      )}
      {version.consent && (
        <div>
          <dt>{t('instruments:version.facts.consent')}</dt>
          <dd>{version.consent.version}</dd>
        </div>
      )}
      <div className="facts-wide">
        <dt>{t('instruments:version.facts.checksum')}</dt>
        <dd data-testid="version-checksum">
          {version.checksum ? (
            <code className="checksum">{version.checksum}</code>
          ) : (
            <span className="muted">{t('instruments:version.facts.checksumPending')}</span>
          )}
        </dd>
      </div>
    </dl>
  );
}
