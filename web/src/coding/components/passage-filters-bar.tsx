import { useTranslation } from 'react-i18next';
import { LanguageFilterSelect } from '../../app/components/language-filter-select';
import type { User } from '../../auth/api/user';
import { CenterOptions } from '../../centers/components/center-options';
import { VALENCES } from '../../codebook/api/code';
import { isValence } from '../../codebook/utils/is-valence';
import { GroupFilterSelect } from '../../participants/components/group-filter-select';
import type { PassageFilters } from '../api/passage';

interface PassageFiltersBarProps {
  filters: PassageFilters;
  onChange: (changes: Partial<PassageFilters>) => void;
  ownId: string;
  /** Accounts that code, for leads; researchers choose between everyone and themselves. */
  coders: readonly User[];
}

export function PassageFiltersBar({ filters, onChange, ownId, coders }: PassageFiltersBarProps) {
  const { t } = useTranslation(['coding', 'participants', 'common']);
  const others = coders.filter((coder) => coder.id !== ownId);
  return (
    <form className="filters" role="search" aria-label={t('coding:retrieve.filters')} onSubmit={(event) => event.preventDefault()}>
      <GroupFilterSelect
        id="passage-group"
        label={t('coding:filters.group')}
        allLabel={t('coding:filters.allGroups')}
        value={filters.group}
        onChange={(group) => onChange({ group })}
        testId="passage-filter-group"
      />
      <div className="field">
        <label htmlFor="passage-center">{t('coding:filters.center')}</label>
        <select id="passage-center" className="select" value={filters.center} onChange={(event) => onChange({ center: event.target.value })} data-testid="passage-filter-center">
          <option value="">{t('common:allCenters')}</option>
          <CenterOptions />
        </select>
      </div>
      <LanguageFilterSelect
        id="passage-language"
        label={t('coding:filters.language')}
        allLabel={t('coding:filters.allLanguages')}
        value={filters.language}
        onChange={(language) => onChange({ language })}
        testId="passage-filter-language"
      />
      <div className="field">
        <label htmlFor="passage-coder">{t('coding:filters.coder')}</label>
        <select id="passage-coder" className="select" value={filters.coderId} onChange={(event) => onChange({ coderId: event.target.value })} data-testid="passage-filter-coder">
          <option value="">{t('coding:filters.allCoders')}</option>
          <option value={ownId}>{t('coding:coder.you')}</option>
          {others.map((coder) => (
            <option key={coder.id} value={coder.id}>
              {coder.displayName || coder.email}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="passage-valence">{t('coding:tags.valence')}</label>
        <select
          id="passage-valence"
          className="select"
          value={filters.valence}
          onChange={(event) => onChange({ valence: isValence(event.target.value) ? event.target.value : '' })}
          data-testid="passage-filter-valence"
        >
          <option value="">{t('coding:filters.allValences')}</option>
          {VALENCES.map((valence) => (
            <option key={valence} value={valence}>
              {t(`coding:valences.${valence}`)}
            </option>
          ))}
        </select>
      </div>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={filters.includeChildren}
          onChange={(event) => onChange({ includeChildren: event.target.checked })}
          data-testid="passage-filter-children"
        />
        <span>{t('coding:filters.includeChildren')}</span>
      </label>
    </form>
  );
}
