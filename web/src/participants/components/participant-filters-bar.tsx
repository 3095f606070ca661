import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CenterOptions } from '../../centers/components/center-options';
import type { ParticipantFilters } from '../api/participant-filters';
import { isParticipantStatus } from '../utils/is-participant-status';
import { GroupFilterSelect } from './group-filter-select';

interface ParticipantFiltersBarProps {
  filters: ParticipantFilters;
  onChange: (changes: Partial<ParticipantFilters>) => void;
  showCenter: boolean;
}

export function ParticipantFiltersBar({ filters, onChange, showCenter }: ParticipantFiltersBarProps) {
  const { t } = useTranslation(['participants', 'common']);
  // What is typed stays local until typing pauses; the address (and so the query) follows then,
  // so the API sees one request per pause rather than one per key.
  const [search, setSearch] = useState(filters.search);
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(timer.current), []);
  const typeSearch = (value: string) => {
    setSearch(value);
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => onChange({ search: value.trim() }), 300);
  };

  const hasFilters = Boolean(filters.search || filters.group || filters.status || filters.center);

  return (
    <form
      className="filters"
      role="search"
      aria-label={t('participants:filters.label')}
      onSubmit={(event) => {
        event.preventDefault();
        window.clearTimeout(timer.current);
        onChange({ search: search.trim() });
      }}
    >
      <div className="field">
        <label htmlFor="filter-search">{t('participants:filters.search')}</label>
        <input
          id="filter-search"
          className="input input-mono"
          type="search"
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          placeholder={t('participants:filters.searchPlaceholder')}
          value={search}
          onChange={(event) => typeSearch(event.target.value)}
          data-testid="participant-search"
        />
      </div>
      <GroupFilterSelect
        id="filter-group"
        label={t('participants:filters.group')}
        allLabel={t('participants:filters.allGroups')}
        value={filters.group}
        onChange={(group) => onChange({ group })}
        testId="participant-filter-group"
      />
      <div className="field">
        <label htmlFor="filter-status">{t('participants:filters.status')}</label>
        <select
          id="filter-status"
          className="select"
          value={filters.status}
          onChange={(event) => onChange({ status: isParticipantStatus(event.target.value) ? event.target.value : '' })}
          data-testid="participant-filter-status"
        >
          <option value="">{t('participants:filters.allStatuses')}</option>
          <option value="active">{t('participants:status.active')}</option>
          <option value="withdrawn">{t('participants:status.withdrawn')}</option>
        </select>
      </div>
      {showCenter && (
        <div className="field">
          <label htmlFor="filter-center">{t('participants:filters.center')}</label>
          <select
            id="filter-center"
            className="select"
            value={filters.center}
            onChange={(event) => onChange({ center: event.target.value })}
            data-testid="participant-filter-center"
          >
            <option value="">{t('common:allCenters')}</option>
            <CenterOptions />
          </select>
        </div>
      )}
      <div className="filters-actions">
        <button
          type="button"
          className="button button-secondary"
          disabled={!hasFilters && !search}
          onClick={() => {
            window.clearTimeout(timer.current);
            setSearch('');
            onChange({ search: '', group: '', status: '', center: '' });
          }}
        >
          {t('common:actions.resetFilters')}
        </button>
      </div>
    </form>
  );
}
