import { SetMetadata } from '@nestjs/common';
import type { Role } from '../identity/roles.js';

/**
 * Who may call a route. Every route states one (a test fails otherwise); a route without one is
 * refused by the guard: default deny.
 *  - public: anyone, signed in or not.
 *  - roles: signed-in users with one of these roles. Center-scoped users only ever reach their own
 *    center's records (services filter lists and answer 404 for others); `projectWide: true`
 *    additionally refuses center-scoped users altogether.
 *  - surveyToken: the holder of a survey token (tablet session or clinician invitation) may call the
 *    route too, for that token's participant and instrument only; the service checks the scope.
 */
export type AccessPolicy = { kind: 'public' } | { kind: 'roles'; roles: readonly Role[]; projectWide: boolean; surveyToken: boolean };

export const ACCESS_POLICY = 'polyphony:access-policy';

export const Public = () => SetMetadata(ACCESS_POLICY, { kind: 'public' } satisfies AccessPolicy);

export const Allow = (roles: readonly Role[], options: { projectWide?: boolean; surveyToken?: boolean } = {}) =>
  SetMetadata(ACCESS_POLICY, {
    kind: 'roles',
    roles,
    projectWide: options.projectWide ?? false,
    surveyToken: options.surveyToken ?? false,
  } satisfies AccessPolicy);

/** Only the holder of a survey token. */
export const SurveyTokenHolder = () => Allow([], { surveyToken: true });

/** Any signed-in user. */
export const SignedIn = () => Allow(['admin', 'lead', 'researcher', 'site_staff']);
