import { useTranslation } from 'react-i18next';
import { isLanguage } from '../../app/is-language';
import { LANGUAGES } from '../../app/languages';
import { CenterOptions } from '../../centers/components/center-options';
import { STAKEHOLDER_GROUPS } from '../../participants/api/participant';
import { isStakeholderGroup } from '../../participants/utils/is-stakeholder-group';
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
      <div className="field">
        <label htmlFor="transcript-filter-group">{t('coding:filters.group')}</label>
        <select
          id="transcript-filter-group"
          className="select"
          value={filters.group}
          onChange={(event) => onChange({ group: isStakeholderGroup(event.target.value) ? event.target.value : '' })}
          data-testid="transcript-filter-group"
        >
          <option value="">{t('coding:filters.allGroups')}</option>
          {STAKEHOLDER_GROUPS.map((group) => (
            <option key={group} value={group}>
              {t(`participants:groups.${group}`)}
            </option>
          ))}
        </select>
      </div>
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
      <div className="field">
        <label htmlFor="transcript-filter-language">{t('coding:filters.language')}</label>
        <select
          id="transcript-filter-language"
          className="select"
          value={filters.language}
          onChange={(event) => onChange({ language: isLanguage(event.target.value) ? event.target.value : '' })}
          data-testid="transcript-filter-language"
        >
          <option value="">{t('coding:filters.allLanguages')}</option>
          {LANGUAGES.map((language) => (
            <option key={language} value={language}>
              {t(`common:languageNames.${language}`)}
            </option>
          ))}
        </select>
      </div>
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
