import type { Role } from '../api/user';

/** Which roles may do what inside a page; mirrors the API's access policies (which decide). */
export const ACTION_ROLES = {
  registerParticipant: ['admin', 'lead', 'site_staff'],
  // Consent and withdrawal are recorded by the people who meet the participant, not by administrators.
  recordConsent: ['lead', 'site_staff'],
  withdrawParticipant: ['lead', 'site_staff'],
  manageUsers: ['admin'],
  verifyAuditChain: ['admin'],
} as const satisfies Record<string, readonly Role[]>;

export type Action = keyof typeof ACTION_ROLES;
