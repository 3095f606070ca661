import { describe, expect, it } from 'vitest';
import { interviewSalience } from './interview-salience.js';
import type { LinkingCoding, LinkingTranscript } from './linking-types.js';

const transcripts: LinkingTranscript[] = [
  { transcriptId: 't1', participantId: 'p1', group: 'patient' },
  { transcriptId: 't2', participantId: 'p2', group: 'patient' },
  { transcriptId: 't3', participantId: 'p3', group: 'radiologist' },
];
let next = 0;
const coding = (transcriptId: string, participantId: string, group: string, criterion: string | null, valence: LinkingCoding['valence']): LinkingCoding => ({
  codingId: `c${++next}`,
  transcriptId,
  participantId,
  group,
  criterion,
  valence,
});

describe(interviewSalience.name, () => {
  it('counts participants, passages and the valence balance per group and criterion', () => {
    const codings = [
      coding('t1', 'p1', 'patient', 'accuracy', 'positive'),
      coding('t1', 'p1', 'patient', 'accuracy', 'negative'),
      coding('t1', 'p1', 'patient', 'accuracy', 'conditional'),
      coding('t1', 'p1', 'patient', 'accuracy', 'positive'),
      coding('t2', 'p2', 'patient', 'cost', 'neutral'),
      coding('t2', 'p2', 'patient', null, null),
      coding('t3', 'p3', 'radiologist', 'accuracy', null),
    ];
    const cells = interviewSalience(transcripts, codings, ['patient', 'radiologist', 'neurologist'], ['accuracy', 'cost']);
    const patientAccuracy = cells[0];
    expect(patientAccuracy).toMatchObject({
      participants: 1,
      participantsInterviewed: 2,
      shareOfParticipants: 0.5,
      passages: 4,
      passagesCoded: 6,
      shareOfPassages: 4 / 6,
      valence: { positive: 2, negative: 1, conditional: 1, neutral: 0, unspecified: 0 },
      valenceBalance: (2 - 1) / 4,
      transcriptIds: ['t1'],
      missing: null,
    });
    expect(patientAccuracy.codingIds).toHaveLength(4);
    // neutral passages count for salience, not for the balance
    expect(cells[1]).toMatchObject({ passages: 1, shareOfParticipants: 0.5, valenceBalance: null });
    expect(cells[2]).toMatchObject({ participants: 1, shareOfParticipants: 1, shareOfPassages: 1, valence: { unspecified: 1 }, valenceBalance: null });
    // a group nobody interviewed: explicit, no NaN
    expect(cells[4]).toMatchObject({ participantsInterviewed: 0, shareOfParticipants: null, shareOfPassages: null, missing: 'no_transcripts' });
  });

  it('gives shares of 0 (not null) to an interviewed group that never spoke to a criterion', () => {
    const [cell] = interviewSalience(transcripts, [], ['patient'], ['cost']);
    expect(cell).toMatchObject({ participants: 0, shareOfParticipants: 0, passagesCoded: 0, shareOfPassages: null, missing: null });
  });
});
