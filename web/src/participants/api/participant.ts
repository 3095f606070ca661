import type { Language } from '../../app/languages';

export const STAKEHOLDER_GROUPS = ['patient', 'radiologist', 'neurologist', 'neurosurgeon', 'radiotherapist'] as const;

export type StakeholderGroup = (typeof STAKEHOLDER_GROUPS)[number];

export const PARTICIPANT_STATUSES = ['active', 'withdrawn'] as const;

export type ParticipantStatus = (typeof PARTICIPANT_STATUSES)[number];

/** A pseudonymous participant: a code, never a name or contact data. */
export interface Participant {
  id: string;
  code: string;
  center: string;
  group: StakeholderGroup;
  language: Language;
  consentVersion: string | null;
  consentGivenAt: string | null;
  withdrawnAt: string | null;
  dataErased: boolean;
  createdAt: string;
}

export type DataHandling = 'keep' | 'erase';
