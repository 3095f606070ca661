import type { Role } from '../api/user';
import { AREA_ROLES, type Area } from './area-roles';

export function canAccess(role: Role, area: Area): boolean {
  return (AREA_ROLES[area] as readonly Role[]).includes(role);
}
