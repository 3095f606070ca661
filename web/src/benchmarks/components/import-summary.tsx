import { useTranslation } from 'react-i18next';
import type { BenchmarkPreview } from '../api/benchmark-types';
import { useDateFormat } from '../../ui/hooks/use-date-format';

/** What importing a clean file would do, before anything is stored. */
export function ImportSummary({ preview }: { preview: BenchmarkPreview }) {
  const { t } = useTranslation(['benchmarks']);
  const format = useDateFormat();
  const nothingToDo = preview.created === 0 && preview.updated === 0;
  return (
    <div className="import-report" data-testid="benchmark-preview">
      <dl className="facts facts-compact">
        <div>
          <dt>{t('benchmarks:import.rows')}</dt>
          <dd data-testid="preview-rows">{preview.rowCount}</dd>
        </div>
        <div>
          <dt>{t('benchmarks:import.created')}</dt>
          <dd data-testid="preview-created">{preview.created}</dd>
        </div>
        <div>
          <dt>{t('benchmarks:import.updated')}</dt>
          <dd data-testid="preview-updated">{preview.updated}</dd>
        </div>
        <div>
          <dt>{t('benchmarks:import.unchanged')}</dt>
          <dd data-testid="preview-unchanged">{preview.unchanged}</dd>
        </div>
      </dl>
      {preview.previousImport && (
        <p className="note" data-testid="preview-previous">
          {t('benchmarks:import.previous', { date: format.dateTime(preview.previousImport.importedAt), who: preview.previousImport.importedBy ?? '—' })}
        </p>
      )}
      {nothingToDo && <p data-testid="preview-nothing">{t('benchmarks:import.nothingToDo')}</p>}
      {preview.newPackages.length > 0 && <p data-testid="preview-new-packages">{t('benchmarks:import.newPackages', { packages: preview.newPackages.join(', ') })}</p>}
      {preview.updates.length > 0 && (
        <div className="table-scroll" role="region" aria-label={t('benchmarks:import.updatesTitle')} tabIndex={0}>
          <table className="table table-dense" data-testid="preview-updates">
            <caption>{t('benchmarks:import.updatesTitle')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('benchmarks:import.row')}</th>
                <th scope="col">{t('benchmarks:columns.package')}</th>
                <th scope="col">{t('benchmarks:columns.task')}</th>
                <th scope="col">{t('benchmarks:columns.center')}</th>
                <th scope="col">{t('benchmarks:columns.metric')}</th>
                <th scope="col">{t('benchmarks:import.before')}</th>
                <th scope="col">{t('benchmarks:import.after')}</th>
              </tr>
            </thead>
            <tbody>
              {preview.updates.map((update) => (
                <tr key={update.row}>
                  <td className="numeric">{update.row}</td>
                  <td>{update.packageKey}</td>
                  <td>{t(`benchmarks:tasks.${update.task as 'molecular'}`)}</td>
                  <td>{update.center}</td>
                  <td className="mono">{update.metric}</td>
                  <td className="mono">{`${update.before.value} [${update.before.ciLow}; ${update.before.ciHigh}] n=${update.before.n}`}</td>
                  <td className="mono">{`${update.after.value} [${update.after.ciLow}; ${update.after.ciHigh}] n=${update.after.n}`}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
