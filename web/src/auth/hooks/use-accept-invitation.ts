import { useMutation, useQueryClient } from '@tanstack/react-query';
import { authApi } from '../api/auth-api';
import { authKeys } from '../api/auth-keys';
import { useApplyUserLanguage } from './use-apply-user-language';

export function useAcceptInvitation(token: string) {
  const queryClient = useQueryClient();
  const applyUserLanguage = useApplyUserLanguage();
  return useMutation({
    mutationFn: (body: { password: string; displayName?: string }) => authApi.acceptInvitation(token, body),
    onSuccess: (user) => {
      queryClient.removeQueries();
      queryClient.setQueryData(authKeys.me, user);
      applyUserLanguage(user);
    },
  });
}
