import type { Role } from '../../auth/api/user';

/** Site staff work for one center; every other role may also be project-wide. */
export function roleNeedsCenter(role: Role): boolean {
  return role === 'site_staff';
}
