import { useTranslation } from 'react-i18next';
import { STAKEHOLDER_GROUPS, type StakeholderGroup } from '../api/participant';
import { isStakeholderGroup } from '../utils/is-stakeholder-group';

interface GroupFilterSelectProps {
  id: string;
  label: string;
  /** The text of the "any group" choice. */
  allLabel: string;
  value: StakeholderGroup | '';
  onChange: (group: StakeholderGroup | '') => void;
  testId: string;
}

/** A stakeholder-group filter with an "all groups" choice, shared by the list pages. */
export function GroupFilterSelect({ id, label, allLabel, value, onChange, testId }: GroupFilterSelectProps) {
  const { t } = useTranslation(['participants']);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} className="select" value={value} onChange={(event) => onChange(isStakeholderGroup(event.target.value) ? event.target.value : '')} data-testid={testId}>
        <option value="">{allLabel}</option>
        {STAKEHOLDER_GROUPS.map((group) => (
          <option key={group} value={group}>
            {t(`participants:groups.${group}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
