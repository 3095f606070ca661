import { useMutation, useQueryClient } from '@tanstack/react-query';
import { tabletApi } from '../api/tablet-api';
import { tabletKeys } from '../api/tablet-keys';

export function useCreateInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: tabletApi.createInvitation,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: tabletKeys.invitations }),
  });
}
