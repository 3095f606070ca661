import { useMutation, useQueryClient } from '@tanstack/react-query';
import { tabletApi } from '../api/tablet-api';
import { tabletKeys } from '../api/tablet-keys';

export function useSetKioskPin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: tabletApi.setKioskPin,
    onSuccess: () => queryClient.setQueryData(tabletKeys.kioskPin, { set: true }),
  });
}
