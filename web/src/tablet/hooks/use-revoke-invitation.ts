import { useMutation, useQueryClient } from '@tanstack/react-query';
import { tabletApi } from '../api/tablet-api';
import { tabletKeys } from '../api/tablet-keys';

export function useRevokeInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: tabletApi.revokeInvitation,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: tabletKeys.invitations }),
  });
}
