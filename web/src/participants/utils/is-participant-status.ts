import { PARTICIPANT_STATUSES, type ParticipantStatus } from '../api/participant';

export function isParticipantStatus(value: unknown): value is ParticipantStatus {
  return typeof value === 'string' && (PARTICIPANT_STATUSES as readonly string[]).includes(value);
}
