import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataSource } from 'typeorm';
import { startTestApp, type TestApp } from '../../test/support/test-app.js';
import { INSTRUMENT_SEEDS } from '../instruments/seed/instrument-seeds.js';
import { validateResponse } from '../surveys/validate-response.js';
import { DemoSeedService } from './demo-seed.service.js';
import { DEMO_RESPONDENTS, demoAnswers, demoResponseId, instrumentKeyOf } from './demo-responses.js';

const definitionOf = (key: string) => INSTRUMENT_SEEDS.find((seed) => seed.key === key)!.definition;
const mean = (values: number[]) => values.reduce((sum, v) => sum + v, 0) / values.length;

describe('demo responses', () => {
  it('holds about 40 patients and 30 clinicians of every profession over the five centers', () => {
    const patients = DEMO_RESPONDENTS.filter((r) => r.group === 'patient');
    expect(patients).toHaveLength(40);
    expect(DEMO_RESPONDENTS.length - patients.length).toBe(30);
    expect(new Set(DEMO_RESPONDENTS.map((r) => r.center))).toEqual(new Set(['RUMC', 'UKD', 'UKM', 'UKL', 'UNITN']));
    expect(new Set(DEMO_RESPONDENTS.map((r) => r.group)).size).toBe(5);
    expect(new Set(DEMO_RESPONDENTS.map((r) => r.language))).toEqual(new Set(['nl', 'de', 'it', 'en']));
    expect(new Set(DEMO_RESPONDENTS.map(demoResponseId)).size).toBe(DEMO_RESPONDENTS.length);
  });

  it('passes the server’s own validation of a completed response, every one of them', () => {
    for (const respondent of DEMO_RESPONDENTS) {
      const answers = demoAnswers(respondent);
      const validation = validateResponse(definitionOf(instrumentKeyOf(respondent.group)), answers, 'completed');
      expect(validation.errors, respondent.key).toEqual([]);
      expect(validation.warnings, respondent.key).toEqual([]);
      expect(validation.data, respondent.key).toEqual(answers);
    }
  });

  it('gives the same answers on every run', () => {
    expect(DEMO_RESPONDENTS.map(demoAnswers)).toEqual(DEMO_RESPONDENTS.map(demoAnswers));
  });

  it('shows the study’s tendencies: patients weigh explainability, radiologists accuracy; thresholds 75–98 %', () => {
    const answersOf = (group: string) => DEMO_RESPONDENTS.filter((r) => r.group === group).map(demoAnswers);
    const patients = answersOf('patient');
    const radiologists = answersOf('radiologist');
    const clinicians = DEMO_RESPONDENTS.filter((r) => r.group !== 'patient').map(demoAnswers);
    const meanOf = (rows: Record<string, unknown>[], key: string) => mean(rows.map((a) => a[key] as number));
    expect(meanOf(patients, 'importance_explainability')).toBeGreaterThan(meanOf(radiologists, 'importance_explainability'));
    expect(meanOf(radiologists, 'importance_accuracy')).toBeGreaterThan(meanOf(radiologists, 'importance_explainability'));
    expect(meanOf(clinicians, 'value_progression')).toBeGreaterThan(meanOf(clinicians, 'value_characterisation') + 0.8);
    const thresholds = clinicians.flatMap((a) => Object.entries(a).filter(([key]) => key.startsWith('threshold_s')).map(([, v]) => v as number));
    expect(Math.min(...thresholds)).toBeGreaterThanOrEqual(70);
    expect(Math.max(...thresholds)).toBeLessThanOrEqual(98);
    expect(mean(thresholds)).toBeGreaterThan(80);
    expect(mean(thresholds)).toBeLessThan(92);
    // Some free text, in the respondent's language, never all of them.
    const commented = patients.filter((a) => typeof a.comments === 'string').length;
    expect(commented).toBeGreaterThan(5);
    expect(commented).toBeLessThan(patients.length);
  });

  describe('seeded into the database', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp();
    }, 180_000);
    afterAll(() => t.close());

    it('stores one completed response per respondent as real response rows, once', async () => {
      const db = t.app.get(DataSource);
      const rows = await db.query<Array<{ code: string; stakeholder_group: string; center_code: string; language: string; status: string; consent_version: string | null }>>(
        `SELECT p.code, p.stakeholder_group, p.center_code, r.language, r.status, p.consent_version
         FROM survey_response r JOIN participant p ON p.id = r.participant_id WHERE r.id = ANY($1::uuid[])`,
        [DEMO_RESPONDENTS.map(demoResponseId)],
      );
      expect(rows).toHaveLength(DEMO_RESPONDENTS.length);
      expect(rows.every((r) => r.status === 'completed' && r.consent_version !== null)).toBe(true);
      expect(rows.every((r) => r.code.startsWith(`${r.center_code}-`))).toBe(true);
      // The demo's UKM patients keep the first numbers; the participant tests rely on it.
      expect(rows.some((r) => r.code.startsWith('UKM-P-') || r.code.startsWith('UKM-S-'))).toBe(false);

      const again = await t.app.get(DemoSeedService).seed();
      expect(again.find((step) => step.step === 'responses')).toEqual({ step: 'responses', created: 0, existing: DEMO_RESPONDENTS.length });
      const [{ count }] = await db.query<Array<{ count: string }>>('SELECT count(*) FROM survey_response');
      expect(Number(count)).toBe(DEMO_RESPONDENTS.length);
    });
  });
});
