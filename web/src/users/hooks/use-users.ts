import { useQuery } from '@tanstack/react-query';
import { userKeys } from '../api/user-keys';
import { usersApi } from '../api/users-api';

export function useUsers({ enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ queryKey: userKeys.all, queryFn: usersApi.list, enabled });
}
