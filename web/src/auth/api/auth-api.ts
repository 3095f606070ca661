import { apiClient } from '../../api/api-client';
import type { Invitation } from './invitation';
import type { User } from './user';

export const authApi = {
  me: () => apiClient.get<{ user: User }>('/api/auth/me').then((body) => body.user),
  login: (credentials: { email: string; password: string }) =>
    apiClient.post<{ user: User }>('/api/auth/login', credentials).then((body) => body.user),
  logout: () => apiClient.post<void>('/api/auth/logout'),
  invitation: (token: string) => apiClient.get<Invitation>(`/api/auth/invitations/${encodeURIComponent(token)}`),
  acceptInvitation: (token: string, body: { password: string; displayName?: string }) =>
    apiClient
      .post<{ user: User }>(`/api/auth/invitations/${encodeURIComponent(token)}/accept`, body)
      .then((result) => result.user),
};
