import { SetMetadata } from '@nestjs/common';
import type { Role } from '../identity/roles.js';

/**
 * Who may call a route. Every route states one (a test fails otherwise); a route without one is
 * refused by the guard: default deny.
 *  - public: anyone, signed in or not.
 *  - roles: signed-in users with one of these roles. Center-scoped users only ever reach their own
 *    center's records (services filter lists and answer 404 for others); `projectWide: true`
 *    additionally refuses center-scoped users altogether.
 */
export type AccessPolicy = { kind: 'public' } | { kind: 'roles'; roles: readonly Role[]; projectWide: boolean };

export const ACCESS_POLICY = 'polyphony:access-policy';

export const Public = () => SetMetadata(ACCESS_POLICY, { kind: 'public' } satisfies AccessPolicy);

export const Allow = (roles: readonly Role[], options: { projectWide?: boolean } = {}) =>
  SetMetadata(ACCESS_POLICY, { kind: 'roles', roles, projectWide: options.projectWide ?? false } satisfies AccessPolicy);

/** Any signed-in user. */
export const SignedIn = () => Allow(['admin', 'lead', 'researcher', 'site_staff']);
