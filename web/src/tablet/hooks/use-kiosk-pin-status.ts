import { useQuery } from '@tanstack/react-query';
import { tabletApi } from '../api/tablet-api';
import { tabletKeys } from '../api/tablet-keys';

export function useKioskPinStatus() {
  return useQuery({ queryKey: tabletKeys.kioskPin, queryFn: tabletApi.kioskPinStatus });
}
