import type { Role } from '../api/user';

/** Which roles may open which part of the app; the API enforces the same rules again. */
export const AREA_ROLES = {
  home: ['admin', 'lead', 'researcher', 'site_staff'],
  users: ['admin', 'lead'],
  participants: ['admin', 'lead', 'site_staff'],
  audit: ['admin', 'lead'],
} as const satisfies Record<string, readonly Role[]>;

export type Area = keyof typeof AREA_ROLES;
