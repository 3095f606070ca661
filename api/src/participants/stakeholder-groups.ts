export const STAKEHOLDER_GROUPS = ['patient', 'radiologist', 'neurologist', 'neurosurgeon', 'radiotherapist'] as const;
export type StakeholderGroup = (typeof STAKEHOLDER_GROUPS)[number];

/** The letter a group contributes to pseudonyms such as UKM-P-0042. */
export const GROUP_LETTER: Record<StakeholderGroup, string> = {
  patient: 'P',
  radiologist: 'R',
  neurologist: 'N',
  neurosurgeon: 'S',
  radiotherapist: 'T',
};

export function pseudonymCode(center: string, group: StakeholderGroup, sequence: number): string {
  return `${center}-${GROUP_LETTER[group]}-${String(sequence).padStart(4, '0')}`;
}
