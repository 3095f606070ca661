import type { Role } from '../identity/roles.js';
import type { Language } from '../centers/center.entity.js';

export const DEMO_PASSWORD = 'polyphony-demo';

export interface DemoAccount {
  email: string;
  displayName: string;
  role: Role;
  center: string | null;
  language: Language;
}

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { email: 'admin@polyphony.demo', displayName: 'Demo Admin', role: 'admin', center: null, language: 'en' },
  { email: 'lead@polyphony.demo', displayName: 'Demo Lead', role: 'lead', center: null, language: 'en' },
  { email: 'researcher@polyphony.demo', displayName: 'Demo Researcher', role: 'researcher', center: null, language: 'nl' },
  { email: 'coder2@polyphony.demo', displayName: 'Second Coder', role: 'researcher', center: null, language: 'de' },
  { email: 'researcher.unitn@polyphony.demo', displayName: 'Ricercatrice UNITN', role: 'researcher', center: 'UNITN', language: 'it' },
  { email: 'staff.rumc@polyphony.demo', displayName: 'Staf RUMC', role: 'site_staff', center: 'RUMC', language: 'nl' },
  { email: 'staff.ukm@polyphony.demo', displayName: 'Personal UKM', role: 'site_staff', center: 'UKM', language: 'de' },
];

/** A dozen pseudonymous participants over the five centers and the five groups. */
export const DEMO_PARTICIPANTS: ReadonlyArray<{ center: string; group: 'patient' | 'radiologist' | 'neurologist' | 'neurosurgeon' | 'radiotherapist'; language: Language }> = [
  { center: 'RUMC', group: 'patient', language: 'nl' },
  { center: 'RUMC', group: 'patient', language: 'nl' },
  { center: 'RUMC', group: 'radiologist', language: 'nl' },
  { center: 'UKD', group: 'patient', language: 'de' },
  { center: 'UKD', group: 'neurosurgeon', language: 'de' },
  { center: 'UKM', group: 'patient', language: 'de' },
  { center: 'UKM', group: 'patient', language: 'de' },
  { center: 'UKM', group: 'neurologist', language: 'de' },
  { center: 'UKL', group: 'patient', language: 'de' },
  { center: 'UKL', group: 'radiotherapist', language: 'de' },
  { center: 'UNITN', group: 'patient', language: 'it' },
  { center: 'UNITN', group: 'radiologist', language: 'it' },
];
