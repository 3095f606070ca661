import { useMutation } from '@tanstack/react-query';
import { tabletApi } from '../api/tablet-api';

export function useStartTabletSession() {
  return useMutation({ mutationFn: tabletApi.startTabletSession });
}
