import { useQuery } from '@tanstack/react-query';
import { ApiError } from '../../api/api-error';
import { authKeys } from '../api/auth-keys';
import { authApi } from '../api/auth-api';
import type { User } from '../api/user';

async function fetchCurrentUser(): Promise<User | null> {
  try {
    return await authApi.me();
  } catch (error) {
    // Not signed in is an answer, not a failure.
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

/** The signed-in user, null when nobody is signed in, undefined while that is being checked. */
export function useCurrentUser() {
  return useQuery({ queryKey: authKeys.me, queryFn: fetchCurrentUser, staleTime: 5 * 60_000 });
}
