import type { Language } from '../../app/languages';
import type { StakeholderGroup } from '../../participants/api/participant';

/** An instrument as GET /api/instruments lists it (the parts handing out surveys needs). */
export interface SurveyInstrument {
  id: string;
  key: string;
  title: Partial<Record<Language, string>>;
  targetGroups: StakeholderGroup[];
  versions: Array<{ id: string; version: number; status: 'draft' | 'published' | 'retired'; languages: string[] }>;
}
