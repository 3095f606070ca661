import type { Language } from '../../app/languages';

export const ROLES = ['admin', 'lead', 'researcher', 'site_staff'] as const;

export type Role = (typeof ROLES)[number];

/** A Polyphony account as the API shows it. `center` is null for project-wide accounts. */
export interface User {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  center: string | null;
  language: Language;
  disabled: boolean;
}
