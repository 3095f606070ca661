import { useTranslation } from 'react-i18next';
import { LanguageFilterSelect } from '../../app/components/language-filter-select';
import { CenterOptions } from '../../centers/components/center-options';
import { GroupFilterSelect } from '../../participants/components/group-filter-select';
import type { TranscriptFilters } from '../api/transcript-filters';

interface TranscriptFiltersBarProps {
  filters: TranscriptFilters;
  onChange: (changes: Partial<TranscriptFilters>) => void;
}

export function TranscriptFiltersBar({ filters, onChange }: TranscriptFiltersBarProps) {
  const { t } = useTranslation(['coding', 'participants', 'common']);
  const hasFilters = Boolean(filters.group || filters.center || filters.language);

  return (
    <form className="filters" role="search" aria-label={t('coding:transcripts.filters')} onSubmit={(event) => event.preventDefault()}>
      <GroupFilterSelect
        id="transcript-filter-group"
        label={t('coding:filters.group')}
        allLabel={t('coding:filters.allGroups')}
        value={filters.group}
        onChange={(group) => onChange({ group })}
        testId="transcript-filter-group"
      />
      <div className="field">
        <label htmlFor="transcript-filter-center">{t('coding:filters.center')}</label>
        <select
          id="transcript-filter-center"
          className="select"
          value={filters.center}
          onChange={(event) => onChange({ center: event.target.value })}
          data-testid="transcript-filter-center"
        >
          <option value="">{t('common:allCenters')}</option>
          <CenterOptions />
        </select>
      </div>
      <LanguageFilterSelect
        id="transcript-filter-language"
        label={t('coding:filters.language')}
        allLabel={t('coding:filters.allLanguages')}
        value={filters.language}
        onChange={(language) => onChange({ language })}
        testId="transcript-filter-language"
      />
      <div className="filters-actions">
        <button
          type="button"
          className="button button-secondary"
          disabled={!hasFilters}
          onClick={() => onChange({ group: '', center: '', language: '' })}
        >
          {t('common:actions.resetFilters')}
        </button>
      </div>
    </form>
  );
}
