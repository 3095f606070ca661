import type { User } from '../../auth/api/user';

/**
 * Administrators and project leads without a center curate the library, as the API's access policy
 * says; everyone else sees published versions only, read-only.
 */
export function canEditInstruments(user: Pick<User, 'role' | 'center'>): boolean {
  return (user.role === 'admin' || user.role === 'lead') && user.center === null;
}
