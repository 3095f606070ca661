import { useTranslation } from 'react-i18next';
import { isLanguage } from '../../app/is-language';
import { LANGUAGES } from '../../app/languages';
import type { User } from '../../auth/api/user';
import { CenterOptions } from '../../centers/components/center-options';
import { VALENCES } from '../../codebook/api/code';
import { isValence } from '../../codebook/utils/is-valence';
import { STAKEHOLDER_GROUPS } from '../../participants/api/participant';
import { isStakeholderGroup } from '../../participants/utils/is-stakeholder-group';
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
      <div className="field">
        <label htmlFor="passage-group">{t('coding:filters.group')}</label>
        <select
          id="passage-group"
          className="select"
          value={filters.group}
          onChange={(event) => onChange({ group: isStakeholderGroup(event.target.value) ? event.target.value : '' })}
          data-testid="passage-filter-group"
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
        <label htmlFor="passage-center">{t('coding:filters.center')}</label>
        <select id="passage-center" className="select" value={filters.center} onChange={(event) => onChange({ center: event.target.value })} data-testid="passage-filter-center">
          <option value="">{t('common:allCenters')}</option>
          <CenterOptions />
        </select>
      </div>
      <div className="field">
        <label htmlFor="passage-language">{t('coding:filters.language')}</label>
        <select
          id="passage-language"
          className="select"
          value={filters.language}
          onChange={(event) => onChange({ language: isLanguage(event.target.value) ? event.target.value : '' })}
          data-testid="passage-filter-language"
        >
          <option value="">{t('coding:filters.allLanguages')}</option>
          {LANGUAGES.map((language) => (
            <option key={language} value={language}>
              {t(`common:languageNames.${language}`)}
            </option>
          ))}
        </select>
      </div>
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
