import type { StakeholderGroup } from '../../participants/api/participant';
import type { SurveyInstrument } from '../api/survey-instrument';

/** Instruments a participant of `group` can answer now: meant for the group, with a published version. */
export function eligibleInstruments(instruments: readonly SurveyInstrument[], group: StakeholderGroup | null): SurveyInstrument[] {
  if (!group) return [];
  return instruments.filter(
    (instrument) => instrument.targetGroups.includes(group) && instrument.versions.some((version) => version.status === 'published'),
  );
}
