import { describe, expect, it } from 'vitest';
import { assignSpeakerRoles, createSpeakerRoleLookup, speakerLabelKey } from './speaker-roles.js';

describe(speakerLabelKey.name, () => {
  it.each([
    { label: 'Int.', key: 'int' },
    { label: 'R1', key: 'r' },
    { label: 'Interviewer 2', key: 'interviewer' },
    { label: 'P-03', key: 'p' },
    { label: 'Teilnehmer/in', key: 'teilnehmerin' },
    { label: 'Teilnehmer*in', key: 'teilnehmerin' },
    { label: 'Befragte/r', key: 'befragter' },
    { label: '  Dr.  Rossi ', key: 'dr. rossi' },
    { label: 'Patie\u0308nt', key: 'patiënt' },
  ])('folds "$label" to "$key"', ({ label, key }) => {
    expect(speakerLabelKey(label)).toBe(key);
  });
});

describe(createSpeakerRoleLookup.name, () => {
  const roleOf = createSpeakerRoleLookup();

  it.each([
    ...['Interviewer', 'Interviewerin', 'I', 'Int.', 'Onderzoeker', 'Intervistatore', 'Intervistatrice', 'I2', 'Frage'].map((label) => ({ label, role: 'interviewer' })),
    ...['P', 'R', 'R1', 'B2', 'IP3', 'Patient', 'Participant', 'Deelnemer', 'Teilnehmer', 'Teilnehmer/in', 'Partecipante', 'Patiënt', 'Paziente'].map((label) => ({
      label,
      role: 'participant',
    })),
    ...['Anna', 'Dr. Rossi', 'id1', 'Speaker 1'].map((label) => ({ label, role: 'unknown' })),
  ])('gives "$label" the role $role when no options are set', ({ label, role }) => {
    expect(roleOf(label)).toBe(role);
  });

  it('lets configured labels win over the defaults when an import sets them', () => {
    const custom = createSpeakerRoleLookup({ interviewerLabels: ['R1', 'Moderatorin Weber'], participantLabels: ['Anna', 'I'] });
    expect(['R1', 'R2', 'Moderatorin Weber', 'Anna', 'I', 'Int.'].map(custom)).toEqual([
      'interviewer',
      'participant',
      'interviewer',
      'participant',
      'participant',
      'interviewer',
    ]);
  });
});

describe(assignSpeakerRoles.name, () => {
  const roleOf = createSpeakerRoleLookup();

  it.each([
    { name: 'the interviewer talks with one named speaker', labels: ['Interviewer', 'Anna', 'Interviewer'], expected: { Interviewer: 'interviewer', Anna: 'participant' } },
    { name: 'the interviewer has two labels', labels: ['I', 'Interviewer', 'Dr. Rossi'], expected: { I: 'interviewer', Interviewer: 'interviewer', 'Dr. Rossi': 'participant' } },
    { name: 'a focus group has two named speakers', labels: ['I', 'Anna', 'Marco'], expected: { I: 'interviewer', Anna: 'unknown', Marco: 'unknown' } },
    { name: 'a participant label is already there', labels: ['I', 'P', 'Anna'], expected: { I: 'interviewer', P: 'participant', Anna: 'unknown' } },
    { name: 'no one is the interviewer', labels: ['Anna', 'Marco'], expected: { Anna: 'unknown', Marco: 'unknown' } },
    { name: 'one speaker is written in two cases', labels: ['Interviewer', 'ANNA', 'Anna'], expected: { Interviewer: 'interviewer', ANNA: 'participant', Anna: 'participant' } },
  ])('assigns roles when $name', ({ labels, expected }) => {
    expect(Object.fromEntries(assignSpeakerRoles(labels, roleOf))).toEqual(expected);
  });
});
