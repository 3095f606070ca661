import { STAKEHOLDER_GROUPS, type StakeholderGroup } from '../api/participant';

export function isStakeholderGroup(value: unknown): value is StakeholderGroup {
  return typeof value === 'string' && (STAKEHOLDER_GROUPS as readonly string[]).includes(value);
}
