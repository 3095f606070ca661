import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSignedInUser } from '../../auth/hooks/use-signed-in-user';
import { ErrorAlert } from '../../ui/components/error-alert';
import { LoadingState } from '../../ui/components/loading-state';
import { SuccessAlert } from '../../ui/components/success-alert';
import { usePageTitle } from '../../ui/hooks/use-page-title';
import { useInstrumentVersion } from '../hooks/use-instrument-version';
import { useInstruments } from '../hooks/use-instruments';
import { canEditInstruments } from '../utils/can-edit-instruments';
import { localizedText } from '../utils/localized-text';
import { CompletenessBars } from './completeness-bars';
import { NewDraftPanel } from './new-draft-panel';
import { PublishPanel } from './publish-panel';
import { QuestionOverview } from './question-overview';
import { ReplaceDefinitionPanel } from './replace-definition-panel';
import { RetirePanel } from './retire-panel';
import { TranslationsPanel } from './translations-panel';
import { VersionExports } from './version-exports';
import { VersionFacts } from './version-facts';
import { VersionStatusBadge } from './version-status-badge';
import { VersionSwitcher } from './version-switcher';

/**
 * One version: its facts and translations, downloads for everyone, and for editors what its
 * status allows (a draft: translations, definition, publication; a published version: retirement).
 */
export function VersionDetail({ versionId }: { versionId: string }) {
  const { t, i18n } = useTranslation(['instruments', 'common']);
  const version = useInstrumentVersion(versionId);
  const instruments = useInstruments();
  const user = useSignedInUser();
  const canEdit = canEditInstruments(user);
  const [published, setPublished] = useState(false);
  const instrument = instruments.data?.find((candidate) => candidate.id === version.data?.instrumentId);
  const title = localizedText(instrument?.title, i18n.resolvedLanguage ?? 'en') ?? version.data?.instrumentKey;
  usePageTitle(
    version.data && title ? `${title} · ${t('instruments:version.heading', { version: version.data.version })}` : t('instruments:title'),
  );
  const reload = () => void version.refetch();

  if (version.isPending) return <LoadingState />;
  if (version.isError) return <ErrorAlert error={version.error} onRetry={reload} />;
  const data = version.data;

  return (
    <>
      <header className="version-header">
        <p className="eyebrow">{data.instrumentKey}</p>
        <h1 data-testid="version-title">{title}</h1>
        <p className="version-heading">
          <span>{t('instruments:version.heading', { version: data.version })}</span>
          <VersionStatusBadge status={data.status} testId="version-status" />
        </p>
      </header>
      {instrument && <VersionSwitcher instrument={instrument} currentId={data.id} />}

      {published && data.status === 'published' && (
        <SuccessAlert testId="version-published">
          <p className="alert-title">{t('instruments:publish.success', { version: data.version })}</p>
        </SuccessAlert>
      )}

      <VersionFacts version={data} />

      <section className="panel" aria-labelledby="completeness-title">
        <h2 id="completeness-title">{t('instruments:completeness.title')}</h2>
        <CompletenessBars completeness={data.completeness} offered={data.languages} />
      </section>

      <VersionExports version={data} />

      {canEdit && data.status === 'draft' && (
        <>
          <TranslationsPanel version={data} onReload={reload} />
          <ReplaceDefinitionPanel version={data} onReload={reload} />
          <PublishPanel version={data} onPublished={() => setPublished(true)} />
        </>
      )}
      {canEdit && data.status !== 'draft' && <p className="note">{t('instruments:version.readOnly')}</p>}
      {canEdit && data.status === 'published' && <RetirePanel version={data} />}
      {canEdit && <NewDraftPanel version={data} instrument={instrument} />}

      <QuestionOverview versionId={data.id} />
    </>
  );
}
