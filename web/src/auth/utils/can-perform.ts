import type { Role } from '../api/user';
import { ACTION_ROLES, type Action } from './action-roles';

export function canPerform(role: Role, action: Action): boolean {
  return (ACTION_ROLES[action] as readonly Role[]).includes(role);
}
