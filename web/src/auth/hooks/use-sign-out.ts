import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiError } from '../../api/api-error';
import { authApi } from '../api/auth-api';
import { authKeys } from '../api/auth-keys';

async function signOut(): Promise<void> {
  try {
    await authApi.logout();
  } catch (error) {
    // A session that already ended is as signed out as it gets.
    if (!(error instanceof ApiError && error.status === 401)) throw error;
  }
}

export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signOut,
    onSuccess: () => {
      // Drop every cached answer so the next person on this device sees nothing of ours.
      queryClient.removeQueries();
      queryClient.setQueryData(authKeys.me, null);
    },
  });
}
