import type { Language } from '../../app/languages';
import type { StakeholderGroup } from '../../participants/api/participant';

export interface TranscriptFilters {
  group: StakeholderGroup | '';
  center: string;
  language: Language | '';
}
