import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../app/current-language';
import { ErrorAlert } from '../../ui/components/error-alert';
import type { ExportKind, ExportLanguage } from '../api/export-types';
import { useCreateExport } from '../hooks/use-exports';
import { useExportKindLabel } from './export-kind-label';

const LANGUAGES: readonly ExportLanguage[] = ['nl', 'de', 'it', 'en'];
// Kinds whose params take the findings options (see api/src/exports/workbook.producer.ts).
const FINDINGS_KINDS = new Set(['workbook', 'statistics-bundle']);

/** Choose what to export, in which language, and start it as a background job. */
export function ExportForm({ kinds }: { kinds: readonly ExportKind[] }) {
  const { t } = useTranslation(['exports', 'common']);
  const kindLabel = useExportKindLabel();
  const create = useCreateExport();
  const [kind, setKind] = useState(kinds[0]?.kind ?? 'workbook');
  const [language, setLanguage] = useState<ExportLanguage>(currentLanguage);
  const [includeInProgress, setIncludeInProgress] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate({ kind, language, params: FINDINGS_KINDS.has(kind) ? { includeInProgress } : {} });
  };

  return (
    <form className="panel export-form" onSubmit={submit} data-testid="export-form">
      <h2>{t('exports:page.newExport')}</h2>
      <div className="form-grid">
        <div className="field">
          <label htmlFor="export-kind">{t('exports:page.kind')}</label>
          <select id="export-kind" className="select" value={kind} onChange={(event) => setKind(event.target.value)} data-testid="export-kind">
            {kinds.map((item) => (
              <option key={item.kind} value={item.kind}>
                {kindLabel(item.kind)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="export-language">{t('exports:page.language')}</label>
          <select id="export-language" className="select" value={language} onChange={(event) => setLanguage(event.target.value as ExportLanguage)} data-testid="export-language">
            {LANGUAGES.map((code) => (
              <option key={code} value={code}>
                {t(`common:language.native.${code}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      {FINDINGS_KINDS.has(kind) && (
        <label className="checkbox">
          <input type="checkbox" checked={includeInProgress} onChange={(event) => setIncludeInProgress(event.target.checked)} data-testid="export-include-in-progress" />
          <span>{t('exports:page.includeInProgress')}</span>
        </label>
      )}
      <p className="note">{kind === 'workbook' ? t('exports:page.workbookNote') : kind === 'statistics-bundle' ? t('exports:page.bundleNote') : t('exports:page.otherNote')}</p>
      {create.isError && <ErrorAlert error={create.error} />}
      <button type="submit" className="button button-primary" disabled={create.isPending || kinds.length === 0} data-testid="export-start">
        {t('exports:page.start')}
      </button>
    </form>
  );
}
