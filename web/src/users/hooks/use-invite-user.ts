import { useMutation, useQueryClient } from '@tanstack/react-query';
import { userKeys } from '../api/user-keys';
import { usersApi } from '../api/users-api';

export function useInviteUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: usersApi.invite,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: userKeys.all }),
  });
}
