import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { readFileAsBase64 } from '../../transcripts/utils/read-file-as-base64';
import { ErrorAlert } from '../../ui/components/error-alert';
import { SuccessAlert } from '../../ui/components/success-alert';
import { usePageTitle } from '../../ui/hooks/use-page-title';
import type { BenchmarkFile } from '../api/benchmark-types';
import { useImportBenchmarks, usePreviewBenchmarkImport } from '../hooks/use-benchmark-mutations';
import { useBenchmarkSchema } from '../hooks/use-benchmark-queries';
import { useCanEditBenchmarks } from '../hooks/use-can-edit-benchmarks';
import { BENCHMARK_FILE_ACCEPT, isBenchmarkFile } from '../utils/is-benchmark-file';
import { BenchmarkProblemsTable } from './benchmark-problems-table';
import { BenchmarksNav } from './benchmarks-nav';
import { ImportSummary } from './import-summary';
import { TemplateLinks } from './template-links';

/** Choose a file → it is checked (nothing stored) → the lead confirms → it is imported. */
export function ImportBenchmarksPage() {
  const { t } = useTranslation(['benchmarks', 'common']);
  usePageTitle(t('benchmarks:import.title'));
  const canEdit = useCanEditBenchmarks();
  const schema = useBenchmarkSchema();
  const preview = usePreviewBenchmarkImport();
  const importing = useImportBenchmarks();
  const [file, setFile] = useState<BenchmarkFile | null>(null);
  const [wrongType, setWrongType] = useState(false);

  const choose = async (chosen: File | undefined) => {
    importing.reset();
    preview.reset();
    setFile(null);
    if (!chosen) return;
    setWrongType(!isBenchmarkFile(chosen.name));
    if (!isBenchmarkFile(chosen.name)) return;
    const next = { fileName: chosen.name, contentBase64: await readFileAsBase64(chosen) };
    setFile(next);
    preview.mutate(next);
  };

  const checked = preview.data;
  const clean = checked !== undefined && checked.problems.length === 0;
  const hasChanges = clean && (checked.created > 0 || checked.updated > 0);

  return (
    <section className="page" data-testid="benchmark-import-page">
      <BenchmarksNav />
      <h1>{t('benchmarks:import.title')}</h1>
      <p className="lead">{t('benchmarks:import.intro')}</p>
      {!canEdit && <p className="note">{t('benchmarks:import.leadsOnly')}</p>}

      <section className="panel" aria-labelledby="benchmark-template-title">
        <h2 id="benchmark-template-title">{t('benchmarks:import.templateTitle')}</h2>
        <p>{t('benchmarks:import.templateIntro')}</p>
        <TemplateLinks />
        <details>
          <summary>{t('benchmarks:import.schemaTitle')}</summary>
          <ul className="benchmark-schema-list">
            {(schema.data?.columns ?? []).map((column) => (
              <li key={column}>
                <code>{column}</code>: {t(`benchmarks:schema.${column as 'package'}`)}
              </li>
            ))}
          </ul>
          <p className="small">{t('benchmarks:import.metricsList', { metrics: (schema.data?.metrics ?? []).map((m) => m.metric).join(', ') })}</p>
        </details>
      </section>

      {canEdit && (
        <section className="panel" aria-labelledby="benchmark-upload-title">
          <h2 id="benchmark-upload-title">{t('benchmarks:import.uploadTitle')}</h2>
          <div className="field">
            <label htmlFor="benchmark-file">{t('benchmarks:import.file')}</label>
            <input
              id="benchmark-file"
              className="file-input"
              type="file"
              accept={BENCHMARK_FILE_ACCEPT}
              onChange={(event) => void choose(event.target.files?.[0])}
              data-testid="benchmark-file"
            />
            <p className="field-hint">{t('benchmarks:import.fileHint')}</p>
          </div>
          {wrongType && <p className="alert alert-error" role="alert">{t('benchmarks:import.wrongType')}</p>}
          {preview.isPending && <p role="status">{t('benchmarks:import.checking')}</p>}
          {preview.isError && <ErrorAlert error={preview.error} />}
          {checked && !clean && <BenchmarkProblemsTable problems={checked.problems} total={checked.problemCount} />}
          {checked && clean && !importing.data && <ImportSummary preview={checked} />}
          {hasChanges && file && !importing.data && (
            <div className="form-actions">
              <button type="button" className="button button-primary" disabled={importing.isPending} onClick={() => importing.mutate(file)} data-testid="benchmark-import-confirm">
                {t('benchmarks:import.confirm', { count: checked.created + checked.updated })}
              </button>
            </div>
          )}
          {importing.isError && <ErrorAlert error={importing.error} />}
          {importing.data && (
            <SuccessAlert testId="benchmark-import-done">
              <p>
                {importing.data.status === 'unchanged'
                  ? t('benchmarks:import.doneUnchanged')
                  : t('benchmarks:import.done', { created: importing.data.created, updated: importing.data.updated })}
              </p>
              <p>
                <Link to="/benchmarks" data-testid="benchmark-import-see-results">
                  {t('benchmarks:import.seeResults')}
                </Link>
              </p>
            </SuccessAlert>
          )}
        </section>
      )}
    </section>
  );
}
