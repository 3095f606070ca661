import { describe, expect, it } from 'vitest';
import { codeCrosstab, type CrosstabCoding, type TranscriptContext } from './code-crosstab.js';

const transcripts: TranscriptContext[] = [
  { transcriptId: 't1', participantId: 'RUMC-P-0001', group: 'patient', center: 'RUMC', language: 'nl' },
  { transcriptId: 't2', participantId: 'RUMC-P-0002', group: 'patient', center: 'RUMC', language: 'nl' },
  { transcriptId: 't3', participantId: 'UKM-C-0001', group: 'radiologist', center: 'UKM', language: 'de' },
  { transcriptId: 't4', participantId: 'UNITN-C-0001', group: 'radiologist', center: 'UNITN', language: 'it' },
  { transcriptId: 't5', participantId: 'UKD-P-0003', group: null, center: 'UKD', language: 'de' },
];
const coding = (transcriptId: string, codeId: string): CrosstabCoding => ({ transcriptId, codeId });

describe(codeCrosstab.name, () => {
  it('returns columns with zero passages and no rows when there are no codings', () => {
    const table = codeCrosstab([], transcripts, 'group');
    expect(table.columns).toEqual([
      { key: 'patient', participants: 2, passages: 0 },
      { key: 'radiologist', participants: 2, passages: 0 },
      { key: null, participants: 1, passages: 0 },
    ]);
    expect(table.rows).toEqual([]);
  });

  it('returns an empty table when there is no data at all', () => {
    expect(codeCrosstab([], [], 'center')).toEqual({
      dimension: 'center',
      columns: [],
      total: { participants: 0, passages: 0 },
      rows: [],
      unmatchedCodings: 0,
    });
  });

  it('returns passages, share of participants and share of passages per group', () => {
    const codings = [
      coding('t1', 'trust'),
      coding('t1', 'trust'), // the same participant twice: two passages, one participant
      coding('t2', 'cost'),
      coding('t3', 'trust'),
      coding('t3', 'accuracy'),
      coding('t4', 'accuracy'),
    ];
    const table = codeCrosstab(codings, transcripts, 'group');
    expect(table.rows.map((row) => row.codeId)).toEqual(['trust', 'accuracy', 'cost']);
    expect(table.rows[0]).toEqual({
      codeId: 'trust',
      cells: [
        { passages: 2, participants: 1, shareOfParticipants: 1 / 2, shareOfPassages: 2 / 3 },
        { passages: 1, participants: 1, shareOfParticipants: 1 / 2, shareOfPassages: 1 / 3 },
        { passages: 0, participants: 0, shareOfParticipants: 0, shareOfPassages: 0 },
      ],
      total: { passages: 3, participants: 2, shareOfParticipants: 2 / 5, shareOfPassages: 3 / 6 },
    });
    expect(table.total).toEqual({ participants: 5, passages: 6 });
  });

  it('returns one column per value when the dimension is center or language, with Unicode keys sorted', () => {
    const withUmlaut = [...transcripts, { transcriptId: 't6', participantId: 'X', group: 'patient', center: 'Düsseldorf', language: 'de' }];
    expect(codeCrosstab([], withUmlaut, 'center').columns.map((column) => column.key)).toEqual([
      'Düsseldorf',
      'RUMC',
      'UKD',
      'UKM',
      'UNITN',
    ]);
    expect(codeCrosstab([coding('t3', 'trust')], transcripts, 'language').rows[0]?.cells.map((c) => c.passages)).toEqual([1, 0, 0]);
  });

  it('returns codings of unknown transcripts as unmatched when the transcript list lacks them', () => {
    const table = codeCrosstab([coding('t1', 'trust'), coding('t99', 'trust')], transcripts, 'group');
    expect(table.unmatchedCodings).toBe(1);
    expect(table.total.passages).toBe(1);
  });

  it('returns a participant once per column when they have several transcripts', () => {
    const twoInterviews: TranscriptContext[] = [...transcripts, { ...transcripts[0], transcriptId: 't1b' }];
    const table = codeCrosstab([coding('t1', 'trust'), coding('t1b', 'trust')], twoInterviews, 'group');
    expect(table.columns[0]).toEqual({ key: 'patient', participants: 2, passages: 2 });
    expect(table.rows[0]?.cells[0]).toMatchObject({ passages: 2, participants: 1, shareOfParticipants: 0.5 });
  });

  it('returns the missing-value column for passages of participants without a group', () => {
    const table = codeCrosstab([coding('t5', 'cost')], transcripts, 'group');
    expect(table.rows[0]?.cells[2]).toEqual({ passages: 1, participants: 1, shareOfParticipants: 1, shareOfPassages: 1 });
  });
});
