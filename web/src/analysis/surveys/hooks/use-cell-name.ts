import { useTranslation } from 'react-i18next';
import { useCenterName } from '../../../centers/hooks/use-center-name';
import { isStakeholderGroup } from '../../../participants/utils/is-stakeholder-group';
import type { SplitBy, StatsCell } from '../api/survey-stats';

/** The reader's name of a cell: a stakeholder group, a center's name, or everyone. */
export function useCellName(by: SplitBy | null): (cell: Pick<StatsCell, 'key'>) => string {
  const { t } = useTranslation(['surveyStats', 'participants']);
  const centerName = useCenterName();
  return ({ key }) => {
    if (by === null) return t('surveyStats:allRespondents');
    if (key === null) return t('surveyStats:notRecorded');
    if (by === 'group') return isStakeholderGroup(key) ? t(`participants:groups.${key}`) : key;
    return centerName(key) ?? key;
  };
}
