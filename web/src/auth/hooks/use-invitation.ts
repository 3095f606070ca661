import { useQuery } from '@tanstack/react-query';
import { authApi } from '../api/auth-api';
import { authKeys } from '../api/auth-keys';

export function useInvitation(token: string) {
  return useQuery({ queryKey: authKeys.invitation(token), queryFn: () => authApi.invitation(token), staleTime: Infinity });
}
