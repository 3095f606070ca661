import type { ParticipantStatus, StakeholderGroup } from './participant';

export interface ParticipantFilters {
  search: string;
  group: StakeholderGroup | '';
  center: string;
  status: ParticipantStatus | '';
}
