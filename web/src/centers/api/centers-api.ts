import { apiClient } from '../../api/api-client';
import type { Center } from './center';

export const centersApi = {
  list: () => apiClient.get<Center[]>('/api/centers'),
};
