import type { Language } from '../centers/center.entity.js';
import type { Role } from './roles.js';
import type { User } from './user.entity.js';

/** What the API says about a user; never the password hash. */
export interface UserView {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  center: string | null;
  language: Language;
  disabled: boolean;
}

export function toUserView(user: User): UserView {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    role: user.role,
    center: user.centerCode,
    language: user.language,
    disabled: user.disabled,
  };
}
