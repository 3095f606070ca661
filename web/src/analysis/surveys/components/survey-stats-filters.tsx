import { useTranslation } from 'react-i18next';
import { LanguageFilterSelect } from '../../../app/components/language-filter-select';
import { CenterOptions } from '../../../centers/components/center-options';
import { GroupFilterSelect } from '../../../participants/components/group-filter-select';
import type { SurveyStatsFilters as Filters } from '../api/survey-stats';
import type { VersionOption } from '../utils/version-options';

interface SurveyStatsFiltersProps {
  versions: readonly VersionOption[];
  versionId: string | null;
  onVersionChange: (versionId: string) => void;
  filters: Filters;
  onChange: (filters: Filters) => void;
  /** Center-scoped researchers see their own center only: no center filter. */
  showCenter: boolean;
}

/** Which version, how to split, and which responses: center, stakeholder group, language answered in. */
export function SurveyStatsFilters({ versions, versionId, onVersionChange, filters, onChange, showCenter }: SurveyStatsFiltersProps) {
  const { t } = useTranslation(['surveyStats']);
  return (
    <form className="filters" aria-label={t('surveyStats:filters.label')} onSubmit={(event) => event.preventDefault()}>
      <div className="field">
        <label htmlFor="survey-stats-version">{t('surveyStats:filters.instrument')}</label>
        <select id="survey-stats-version" className="select" value={versionId ?? ''} onChange={(event) => onVersionChange(event.target.value)} data-testid="survey-stats-version">
          {versions.map((option) => (
            <option key={option.versionId} value={option.versionId} data-key={option.instrumentKey}>
              {t(option.retired ? 'surveyStats:filters.retiredOption' : 'surveyStats:filters.versionOption', { title: option.title, version: option.version })}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="survey-stats-split">{t('surveyStats:filters.splitBy')}</label>
        <select
          id="survey-stats-split"
          className="select"
          value={filters.by}
          onChange={(event) => onChange({ ...filters, by: event.target.value === 'group' || event.target.value === 'center' ? event.target.value : '' })}
          data-testid="survey-stats-split"
        >
          <option value="">{t('surveyStats:filters.split.none')}</option>
          <option value="group">{t('surveyStats:filters.split.group')}</option>
          <option value="center">{t('surveyStats:filters.split.center')}</option>
        </select>
      </div>
      {showCenter && (
        <div className="field">
          <label htmlFor="survey-stats-center">{t('surveyStats:filters.center')}</label>
          <select id="survey-stats-center" className="select" value={filters.center} onChange={(event) => onChange({ ...filters, center: event.target.value })} data-testid="survey-stats-center">
            <option value="">{t('surveyStats:filters.allCenters')}</option>
            <CenterOptions />
          </select>
        </div>
      )}
      <GroupFilterSelect
        id="survey-stats-group"
        label={t('surveyStats:filters.group')}
        allLabel={t('surveyStats:filters.allGroups')}
        value={filters.group}
        onChange={(group) => onChange({ ...filters, group })}
        testId="survey-stats-group"
      />
      <LanguageFilterSelect
        id="survey-stats-language"
        label={t('surveyStats:filters.language')}
        allLabel={t('surveyStats:filters.allLanguages')}
        value={filters.language}
        onChange={(language) => onChange({ ...filters, language })}
        testId="survey-stats-language"
      />
    </form>
  );
}
