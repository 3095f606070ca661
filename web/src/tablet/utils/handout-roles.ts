import type { Role } from '../../auth/api/user';

/** Who may start tablet sessions and create or revoke invitations (the API decides again). */
export const HANDOUT_ROLES: readonly Role[] = ['site_staff', 'lead'];

export function canHandOut(role: Role): boolean {
  return HANDOUT_ROLES.includes(role);
}
