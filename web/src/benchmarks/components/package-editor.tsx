import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/api-error';
import { ErrorAlert } from '../../ui/components/error-alert';
import { EXPLAINABILITY_FEATURES, INTEGRATIONS, REGULATORY_STATUSES, type AiPackage, type ExplainabilityFeature, type Integration, type RegulatoryStatus } from '../api/benchmark-types';
import { useUpdatePackage } from '../hooks/use-benchmark-mutations';
import { SyntheticBadge } from './synthetic-badge';

function toggle<T extends string>(values: T[], value: T, on: boolean): T[] {
  return on ? [...new Set([...values, value])] : values.filter((v) => v !== value);
}

/** One package's metadata; leads edit it (a stale edit is refused and the newer values shown). */
export function PackageEditor({ pkg, canEdit }: { pkg: AiPackage; canEdit: boolean }) {
  const { t } = useTranslation(['benchmarks', 'common']);
  const update = useUpdatePackage();
  const [name, setName] = useState(pkg.name);
  const [vendor, setVendor] = useState(pkg.vendor);
  const [status, setStatus] = useState<RegulatoryStatus>(pkg.regulatoryStatus);
  const [features, setFeatures] = useState<ExplainabilityFeature[]>(pkg.explainabilityFeatures);
  const [integration, setIntegration] = useState<Integration[]>(pkg.integration);
  const id = `package-${pkg.key}`;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    update.mutate({ key: pkg.key, changes: { revision: pkg.revision, name: name.trim(), vendor: vendor.trim(), regulatoryStatus: status, explainabilityFeatures: features, integration } });
  };
  const stale = update.error instanceof ApiError && update.error.code === 'STALE_REVISION';

  return (
    <article className="card benchmark-package" aria-labelledby={`${id}-title`} data-testid="benchmark-package">
      <h2 id={`${id}-title`} className="split-row">
        <span>{pkg.name}</span> {pkg.synthetic && <SyntheticBadge />}
      </h2>
      <p className="muted small mono">{pkg.key}</p>
      <form className="form-grid" onSubmit={submit}>
        <div className="field">
          <label htmlFor={`${id}-name`}>{t('benchmarks:packages.name')}</label>
          <input id={`${id}-name`} className="input" value={name} maxLength={120} required disabled={!canEdit} onChange={(event) => setName(event.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-vendor`}>{t('benchmarks:packages.vendor')}</label>
          <input id={`${id}-vendor`} className="input" value={vendor} maxLength={120} disabled={!canEdit} onChange={(event) => setVendor(event.target.value)} data-testid="package-vendor" />
        </div>
        <div className="field">
          <label htmlFor={`${id}-status`}>{t('benchmarks:packages.regulatoryStatus')}</label>
          <select id={`${id}-status`} className="select" value={status} disabled={!canEdit} onChange={(event) => setStatus(event.target.value as RegulatoryStatus)}>
            {REGULATORY_STATUSES.map((value) => (
              <option key={value} value={value}>
                {t(`benchmarks:regulatory.${value}`)}
              </option>
            ))}
          </select>
        </div>
        <fieldset className="field checkbox-group">
          <legend>{t('benchmarks:packages.explainability')}</legend>
          {EXPLAINABILITY_FEATURES.map((feature) => (
            <label key={feature} className="checkbox">
              <input type="checkbox" checked={features.includes(feature)} disabled={!canEdit} onChange={(event) => setFeatures(toggle(features, feature, event.target.checked))} />
              <span>{t(`benchmarks:features.${feature}`)}</span>
            </label>
          ))}
        </fieldset>
        <fieldset className="field checkbox-group">
          <legend>{t('benchmarks:packages.integration')}</legend>
          {INTEGRATIONS.map((value) => (
            <label key={value} className="checkbox">
              <input type="checkbox" checked={integration.includes(value)} disabled={!canEdit} onChange={(event) => setIntegration(toggle(integration, value, event.target.checked))} />
              <span>{t(`benchmarks:integration.${value}`)}</span>
            </label>
          ))}
        </fieldset>
        {canEdit && (
          <div className="form-actions form-row-full">
            <button type="submit" className="button button-primary" disabled={update.isPending} data-testid="package-save">
              {t('common:actions.save')}
            </button>
            {update.isSuccess && (
              <span role="status" className="muted">
                {t('benchmarks:packages.saved')}
              </span>
            )}
          </div>
        )}
      </form>
      {update.isError && <ErrorAlert error={update.error} message={stale ? t('benchmarks:stale') : undefined} />}
    </article>
  );
}
