import { useQuery } from '@tanstack/react-query';
import { tabletApi } from '../api/tablet-api';
import { tabletKeys } from '../api/tablet-keys';

export function useInvitations() {
  return useQuery({ queryKey: tabletKeys.invitations, queryFn: tabletApi.invitations });
}
