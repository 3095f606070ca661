import { useMutation, useQueryClient } from '@tanstack/react-query';
import { authKeys } from '../../auth/api/auth-keys';
import type { User } from '../../auth/api/user';
import { userKeys } from '../api/user-keys';
import { usersApi, type UserChanges } from '../api/users-api';

export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, changes }: { id: string; changes: UserChanges }) => usersApi.update(id, changes),
    onSuccess: (updated) => {
      queryClient.setQueryData<User[]>(userKeys.all, (users) =>
        users?.map((user) => (user.id === updated.id ? updated : user)),
      );
      queryClient.setQueryData<User | null>(authKeys.me, (me) => (me && me.id === updated.id ? updated : me));
      return queryClient.invalidateQueries({ queryKey: userKeys.all });
    },
  });
}
