import type { StakeholderGroup } from '../../participants/api/participant';

/** POST /api/tablet-sessions and POST /api/survey-invitations answer with this. */
export interface IssuedSurveyAccess {
  id: string;
  token: string;
  /** `/tablet/<token>` or `/survey/<token>`. */
  path: string;
  url: string;
  expiresAt: string;
  participantCode: string;
  instrumentVersionId: string;
}

export const INVITATION_STATUSES = ['pending', 'in_progress', 'completed', 'revoked', 'expired'] as const;

export type InvitationStatus = (typeof INVITATION_STATUSES)[number];

export interface SurveyInvitation {
  id: string;
  participantId: string;
  participantCode: string;
  group: StakeholderGroup;
  center: string;
  language: string;
  instrumentVersionId: string;
  status: InvitationStatus;
  createdAt: string;
  expiresAt: string;
  completedAt: string | null;
}
