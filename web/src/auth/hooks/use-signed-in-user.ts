import type { User } from '../api/user';
import { useCurrentUser } from './use-current-user';

/** The signed-in user inside pages that RequireAuth guards, where there always is one. */
export function useSignedInUser(): User {
  const { data } = useCurrentUser();
  if (!data) throw new Error('useSignedInUser is only for pages inside RequireAuth');
  return data;
}
