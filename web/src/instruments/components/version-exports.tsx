import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../ui/components/error-alert';
import type { InstrumentVersion } from '../api/instrument';
import { instrumentsApi } from '../api/instruments-api';
import type { TranslationFormat } from '../api/translation-import';
import { useDownload } from '../hooks/use-download';

/** The SurveyJS file and the translation table of a version, for everyone who may see it. */
export function VersionExports({ version }: { version: InstrumentVersion }) {
  const { t } = useTranslation(['instruments']);
  const download = useDownload();
  const baseName = `${version.instrumentKey}-v${version.version}`;

  const exportTranslations = (format: TranslationFormat) =>
    download.mutate({ path: instrumentsApi.translationsPath(version.id, format), fallbackName: `${baseName}-translations.${format}` });

  return (
    <section className="panel" aria-labelledby="exports-title">
      <h2 id="exports-title">{t('instruments:exports.title')}</h2>
      <p className="muted">{t('instruments:exports.intro')}</p>
      {download.isError && <ErrorAlert error={download.error} testId="export-error" />}
      <div className="button-row">
        <button
          type="button"
          className="button button-secondary"
          disabled={download.isPending}
          onClick={() => download.mutate({ path: instrumentsApi.exportPath(version.id), fallbackName: `${baseName}.json` })}
          data-testid="export-json"
        >
          {t('instruments:exports.json')}
        </button>
        <button
          type="button"
          className="button button-secondary"
          disabled={download.isPending}
          onClick={() => exportTranslations('csv')}
          data-testid="export-csv"
        >
          {t('instruments:exports.csv')}
        </button>
        <button
          type="button"
          className="button button-secondary"
          disabled={download.isPending}
          onClick={() => exportTranslations('xlsx')}
          data-testid="export-xlsx"
        >
          {t('instruments:exports.xlsx')}
        </button>
      </div>
      <p className="field-hint" role="status" aria-live="polite">
        {download.isPending ? t('instruments:exports.downloading') : ''}
      </p>
    </section>
  );
}
