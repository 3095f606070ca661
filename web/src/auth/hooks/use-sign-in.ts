import { useMutation, useQueryClient } from '@tanstack/react-query';
import { authApi } from '../api/auth-api';
import { authKeys } from '../api/auth-keys';
import { useApplyUserLanguage } from './use-apply-user-language';

export function useSignIn() {
  const queryClient = useQueryClient();
  const applyUserLanguage = useApplyUserLanguage();
  return useMutation({
    mutationFn: authApi.login,
    onSuccess: (user) => {
      // Nothing from a previous session may survive on a shared tablet.
      queryClient.removeQueries();
      queryClient.setQueryData(authKeys.me, user);
      applyUserLanguage(user);
    },
  });
}
