import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CenterOptions } from '../../centers/components/center-options';
import { useUsers } from '../../users/hooks/use-users';
import type { AuditFilters } from '../api/audit-filters';

const EMPTY: AuditFilters = { action: '', actorId: '', entity: '', center: '', from: '', to: '' };

interface AuditFiltersFormProps {
  filters: AuditFilters;
  onApply: (filters: AuditFilters) => void;
}

/** A draft of the filters, applied on submit; give it a `key` of the applied filters to reset it. */
export function AuditFiltersForm({ filters, onApply }: AuditFiltersFormProps) {
  const { t } = useTranslation(['audit', 'common']);
  const users = useUsers();
  const [draft, setDraft] = useState<AuditFilters>(filters);
  const [rangeInvalid, setRangeInvalid] = useState(false);
  const set = (key: keyof AuditFilters) => (value: string) => setDraft((current) => ({ ...current, [key]: value }));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (draft.from && draft.to && draft.from > draft.to) return setRangeInvalid(true);
    setRangeInvalid(false);
    onApply(draft);
  };

  return (
    <form className="filters filters-wide" role="search" aria-label={t('audit:filters.label')} onSubmit={submit}>
      <div className="field">
        <label htmlFor="audit-action">{t('audit:filters.action')}</label>
        <input
          id="audit-action"
          className="input input-mono"
          autoComplete="off"
          spellCheck={false}
          placeholder={t('audit:filters.actionPlaceholder')}
          value={draft.action}
          onChange={(event) => set('action')(event.target.value)}
          data-testid="audit-filter-action"
        />
      </div>
      <div className="field">
        <label htmlFor="audit-actor">{t('audit:filters.actor')}</label>
        {users.data ? (
          <select
            id="audit-actor"
            className="select"
            value={draft.actorId}
            onChange={(event) => set('actorId')(event.target.value)}
            data-testid="audit-filter-actor"
          >
            <option value="">{t('audit:filters.allActors')}</option>
            {users.data.map((user) => (
              <option key={user.id} value={user.id}>
                {user.email}
              </option>
            ))}
          </select>
        ) : (
          <input
            id="audit-actor"
            className="input input-mono"
            autoComplete="off"
            spellCheck={false}
            placeholder={t('audit:filters.actorPlaceholder')}
            value={draft.actorId}
            onChange={(event) => set('actorId')(event.target.value)}
            data-testid="audit-filter-actor"
          />
        )}
      </div>
      <div className="field">
        <label htmlFor="audit-entity">{t('audit:filters.entity')}</label>
        <input
          id="audit-entity"
          className="input input-mono"
          autoComplete="off"
          spellCheck={false}
          placeholder={t('audit:filters.entityPlaceholder')}
          value={draft.entity}
          onChange={(event) => set('entity')(event.target.value)}
          data-testid="audit-filter-entity"
        />
      </div>
      <div className="field">
        <label htmlFor="audit-center">{t('audit:filters.center')}</label>
        <select
          id="audit-center"
          className="select"
          value={draft.center}
          onChange={(event) => set('center')(event.target.value)}
          data-testid="audit-filter-center"
        >
          <option value="">{t('common:allCenters')}</option>
          <CenterOptions />
        </select>
      </div>
      <div className="field">
        <label htmlFor="audit-from">{t('audit:filters.from')}</label>
        <input
          id="audit-from"
          className="input"
          type="date"
          value={draft.from}
          max={draft.to || undefined}
          aria-invalid={rangeInvalid ? true : undefined}
          onChange={(event) => set('from')(event.target.value)}
          data-testid="audit-filter-from"
        />
      </div>
      <div className="field">
        <label htmlFor="audit-to">{t('audit:filters.to')}</label>
        <input
          id="audit-to"
          className="input"
          type="date"
          value={draft.to}
          min={draft.from || undefined}
          aria-invalid={rangeInvalid ? true : undefined}
          onChange={(event) => set('to')(event.target.value)}
          data-testid="audit-filter-to"
        />
      </div>
      {rangeInvalid && (
        <div className="alert alert-error filters-message" role="alert">
          <p className="alert-title">{t('audit:filters.rangeInvalid')}</p>
        </div>
      )}
      <div className="filters-actions">
        <button type="submit" className="button button-primary" data-testid="audit-filter-apply">
          {t('audit:filters.apply')}
        </button>
        <button
          type="button"
          className="button button-secondary"
          onClick={() => {
            setDraft(EMPTY);
            setRangeInvalid(false);
            onApply(EMPTY);
          }}
        >
          {t('common:actions.resetFilters')}
        </button>
      </div>
    </form>
  );
}
