import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataSource } from 'typeorm';
import { characterAgreement, segmentAgreement } from '@polyphony/analysis';
import { startTestApp, type TestApp } from '../../test/support/test-app.js';
import { DemoSeedService } from './demo-seed.service.js';
import { DEMO_INTERVIEWS } from './demo-transcripts.js';

describe('demo transcripts', () => {
  let t: TestApp;
  let dataSource: DataSource;

  beforeAll(async () => {
    t = await startTestApp();
    dataSource = t.app.get(DataSource);
  }, 180_000);
  afterAll(() => t.close());

  it('stores every interview revealed, with one segment per speaker turn', async () => {
    const rows = await dataSource.query<Array<{ id: string; language: string; revealed: boolean; segments: string; codings: string; coders: string }>>(
      `SELECT t.id, t.language, t.codings_revealed_at IS NOT NULL AS revealed,
              (SELECT count(*) FROM segment s WHERE s.transcript_id = t.id) AS segments,
              (SELECT count(*) FROM coding c WHERE c.transcript_id = t.id) AS codings,
              (SELECT count(DISTINCT coder_id) FROM coding c WHERE c.transcript_id = t.id) AS coders
       FROM transcript t ORDER BY t.created_at`,
    );
    expect(rows).toHaveLength(DEMO_INTERVIEWS.length);
    expect(new Set(rows.map((r) => r.language))).toEqual(new Set(['nl', 'de', 'it', 'en']));
    rows.forEach((row, i) => {
      expect(row.revealed).toBe(true);
      expect(Number(row.segments)).toBe(DEMO_INTERVIEWS[i]!.turns.length);
      expect(Number(row.coders)).toBe(2);
    });
  });

  it('gives partial, realistic agreement between the two coders', async () => {
    const transcripts = await dataSource.query<Array<{ id: string; length_cp: number }>>('SELECT id, length_cp FROM transcript');
    const segments = await dataSource.query<Array<{ transcript_id: string; id: string; start_cp: number; end_cp: number }>>('SELECT transcript_id, id, start_cp, end_cp FROM segment');
    const codings = await dataSource.query<Array<{ transcript_id: string; coder_id: string; code_id: string; start_cp: number; end_cp: number }>>('SELECT transcript_id, coder_id, code_id, start_cp, end_cp FROM coding');
    const input = {
      transcripts: transcripts.map((tr) => ({ id: tr.id, length: tr.length_cp, segments: segments.filter((s) => s.transcript_id === tr.id).map((s) => ({ id: s.id, start: s.start_cp, end: s.end_cp })) })),
      codings: codings.map((c) => ({ transcriptId: c.transcript_id, coderId: c.coder_id, codeId: c.code_id, start: c.start_cp, end: c.end_cp })),
    };
    const segment = segmentAgreement(input).overall.pairs[0]!;
    const character = characterAgreement(input).overall[0]!;
    expect(segment.kappa).toBeGreaterThan(0.5);
    expect(segment.kappa).toBeLessThan(0.95);
    expect(character.kappa).toBeGreaterThan(0.4);
    expect(character.kappa).toBeLessThan(0.95);
  });

  it('creates nothing on a second run', async () => {
    const again = await t.app.get(DemoSeedService).seed();
    expect(again.find((step) => step.step === 'transcripts')).toEqual({ step: 'transcripts', created: 0, existing: DEMO_INTERVIEWS.length });
    expect(again.every((step) => step.created === 0)).toBe(true);
  });
});
