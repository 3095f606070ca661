import type { Valence } from '../../codebook/api/code';
import type { Language } from '../../app/languages';
import type { StakeholderGroup } from '../../participants/api/participant';

/** A coded passage with some text before and after it, for reading codes across interviews. */
export interface Passage {
  codingId: string;
  codeId: string;
  coderId: string;
  transcriptId: string;
  participantCode: string;
  group: StakeholderGroup;
  center: string;
  language: Language;
  start: number;
  end: number;
  text: string;
  before: string;
  after: string;
  memo: string | null;
}

export interface PassageFilters {
  codeId: string;
  includeChildren: boolean;
  group: StakeholderGroup | '';
  center: string;
  language: Language | '';
  coderId: string;
  valence: Valence | '';
}
