import { apiClient } from '../../api/api-client';
import type { Role, User } from '../../auth/api/user';

export interface IssuedLink {
  invitationUrl: string;
  expiresAt: string;
}

export interface UserChanges {
  role?: Role;
  center?: string | null;
  disabled?: boolean;
  displayName?: string;
}

export const usersApi = {
  list: () => apiClient.get<{ items: User[] }>('/api/users').then((body) => body.items),
  invite: (body: { email: string; role: Role; center: string | null }) =>
    apiClient.post<IssuedLink>('/api/users/invitations', body),
  update: (id: string, changes: UserChanges) =>
    apiClient.patch<{ user: User }>(`/api/users/${encodeURIComponent(id)}`, changes).then((body) => body.user),
  passwordReset: (id: string) => apiClient.post<IssuedLink>(`/api/users/${encodeURIComponent(id)}/password-reset`),
};
