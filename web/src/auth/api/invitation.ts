import type { Role } from './user';

/** What an invitation or password-reset link stands for, before it is used. */
export interface Invitation {
  email: string;
  role: Role;
  center: string | null;
  kind: 'invite' | 'reset';
  expiresAt: string;
}
