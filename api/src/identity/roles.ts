export const ROLES = ['admin', 'lead', 'researcher', 'site_staff'] as const;
export type Role = (typeof ROLES)[number];

/** Roles that may hold no center and so see every center's data. */
export const PROJECT_WIDE_CAPABLE: readonly Role[] = ['admin', 'lead', 'researcher'];
