import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { isLanguage } from '../../../app/is-language';
import { LANGUAGES } from '../../../app/languages';
import { GroupFilterSelect } from '../../../participants/components/group-filter-select';
import type { TextFilters, TextSource } from '../api/text-analysis';

const SOURCES: readonly TextSource[] = ['transcripts', 'responses', 'all'];

interface TextFiltersBarProps {
  filters: TextFilters;
  onChange: (filters: TextFilters) => void;
}

/** Source, language (always exactly one: stems never mix languages) and stakeholder group. */
export function TextFiltersBar({ filters, onChange }: TextFiltersBarProps) {
  const { t } = useTranslation(['textAnalysis', 'common']);
  const id = useId();
  return (
    <div className="filters" data-testid="text-filters">
      <div className="field">
        <label htmlFor={`${id}-source`}>{t('textAnalysis:filters.source')}</label>
        <select
          id={`${id}-source`}
          className="select"
          value={filters.source}
          onChange={(event) => onChange({ ...filters, source: SOURCES.find((s) => s === event.target.value) ?? 'transcripts' })}
          data-testid="text-source"
        >
          {SOURCES.map((source) => (
            <option key={source} value={source}>
              {t(`textAnalysis:filters.sources.${source}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-language`}>{t('textAnalysis:filters.language')}</label>
        <select
          id={`${id}-language`}
          className="select"
          value={filters.language}
          onChange={(event) => {
            if (isLanguage(event.target.value)) onChange({ ...filters, language: event.target.value });
          }}
          data-testid="text-language"
        >
          {LANGUAGES.map((language) => (
            <option key={language} value={language}>
              {t(`common:languageNames.${language}`)}
            </option>
          ))}
        </select>
      </div>
      <GroupFilterSelect
        id={`${id}-group`}
        label={t('textAnalysis:filters.group')}
        allLabel={t('textAnalysis:filters.allGroups')}
        value={filters.group}
        onChange={(group) => onChange({ ...filters, group })}
        testId="text-group"
      />
    </div>
  );
}
