import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/support/test-app.js';
import { signIn, type SignedInHeaders } from '../../test/support/sign-in.js';
import type { StatsCell, SurveyStats } from './survey-stats.service.js';

// A small instrument in English and Dutch with one question of each kind the statistics draw.
const both = (en: string, nl: string) => ({ default: en, nl });
const DEFINITION = {
  title: both('Stats check', 'Statistiekcontrole'),
  pages: [
    {
      name: 'p1',
      elements: [
        {
          type: 'rating',
          name: 'q_scale',
          title: both('How important is accuracy?', 'Hoe belangrijk is nauwkeurigheid?'),
          criterion: 'accuracy',
          measure: 'importance',
          rateValues: [1, 2, 3, 4, 5].map((value) => ({ value, text: both(`level ${value}`, `niveau ${value}`) })),
        },
        { type: 'ranking', name: 'q_rank', title: both('Order these', 'Zet op volgorde'), choices: ['a', 'b', 'c'].map((value) => ({ value, text: both(`item ${value}`, `onderdeel ${value}`) })) },
        { type: 'text', name: 'q_num', inputType: 'number', min: 50, max: 100, title: both('Lowest sensitivity (%)', 'Laagste sensitiviteit (%)'), task: 'progression', measure: 'threshold' },
        { type: 'radiogroup', name: 'q_choice', title: both('Pick one', 'Kies er een'), choices: ['x', 'y'].map((value) => ({ value, text: both(`option ${value}`, `keuze ${value}`) })) },
        { type: 'comment', name: 'q_text', title: both('Anything else?', 'Nog iets?') },
      ],
    },
  ],
};

const RESPONSES = [
  { center: 'UKD', group: 'patient', language: 'de', data: { q_scale: 5, q_rank: ['a', 'b', 'c'], q_num: 90, q_choice: 'x', q_text: ' Gut erklärt ' } },
  { center: 'UKD', group: 'patient', language: 'de', data: { q_scale: 4, q_rank: ['b', 'a', 'c'], q_num: 80, q_choice: 'y' } },
  { center: 'UKD', group: 'radiologist', language: 'de', data: { q_scale: 2, q_rank: ['a', 'c', 'b'], q_num: 95, q_choice: 'x', q_text: 'Needs validation' } },
  { center: 'UNITN', group: 'patient', language: 'it', data: { q_scale: 3, q_rank: ['c', 'b', 'a'], q_num: 85, q_choice: 'x' } },
] as const;

describe('survey descriptives endpoint', () => {
  let t: TestApp;
  let lead: SignedInHeaders;
  let versionId: string;
  const codes: string[] = [];

  beforeAll(async () => {
    t = await startTestApp();
    lead = await signIn(t.request, 'lead@polyphony.demo');
    const imported = await t.request({
      method: 'POST',
      url: '/api/instruments',
      headers: lead,
      payload: { key: 'stats-check', targetGroups: ['patient', 'radiologist'], definitionText: JSON.stringify(DEFINITION) },
    });
    expect(imported.statusCode, imported.body).toBe(201);
    versionId = (imported.json() as { versionId: string }).versionId;
    const published = await t.request({ method: 'POST', url: `/api/instrument-versions/${versionId}/publish`, headers: lead });
    expect(published.statusCode, published.body).toBe(200);
    for (const response of RESPONSES) {
      const participant = (await t.request({ method: 'POST', url: '/api/participants', headers: lead, payload: { center: response.center, group: response.group, language: response.language } })).json() as { id: string; code: string };
      codes.push(participant.code);
      const saved = await t.request({
        method: 'PUT',
        url: `/api/responses/${crypto.randomUUID()}`,
        headers: lead,
        payload: { instrumentVersionId: versionId, participantId: participant.id, data: response.data, status: 'completed', revision: 0, language: response.language },
      });
      expect(saved.statusCode, saved.body).toBe(200);
    }
    // A whole app with its demo seed: slow when the machine is shared.
  }, 180_000);
  afterAll(() => t.close());

  const get = (headers: InjectOptions['headers'], query = '', id = versionId) =>
    t.request({ method: 'GET', url: `/api/analysis/surveys/${id}/descriptives${query}`, headers });
  const question = (stats: SurveyStats, name: string) => stats.questions.find((q) => q.name === name)!;
  const group = (cells: StatsCell[], key: string) => cells.find((c) => c.key === key)!;

  it('describes every question per stakeholder group with exact numbers, labelled in the reader’s language', async () => {
    const response = await get({ ...lead, 'accept-language': 'nl' }, '?by=group');
    expect(response.statusCode, response.body).toBe(200);
    const stats = response.json() as SurveyStats;
    expect(stats).toMatchObject({ language: 'nl', by: 'group', responses: 4, groups: [{ key: 'patient', responses: 3 }, { key: 'radiologist', responses: 1 }] });
    expect(stats.version).toMatchObject({ instrumentKey: 'stats-check', version: 1, title: 'Statistiekcontrole' });

    const scale = question(stats, 'q_scale');
    expect(scale).toMatchObject({ kind: 'scale', title: 'Hoe belangrijk is nauwkeurigheid?', tags: { criterion: 'accuracy', measure: 'importance' } });
    expect(scale.choices.map((c) => c.label)).toEqual(['niveau 1', 'niveau 2', 'niveau 3', 'niveau 4', 'niveau 5']);
    // Everyone: 2, 3, 4, 5.
    expect(scale.overall.distribution!.map((d) => d.count)).toEqual([0, 1, 1, 1, 1]);
    expect(scale.overall.numeric).toMatchObject({ n: 4, median: 3.5, q1: 2.75, q3: 4.25, iqr: 1.5, mean: 3.5 });
    // t(0.975, 3) = 3.182446; sd = 1.290994; half width = 2.054260.
    expect(scale.overall.numeric!.meanConfidenceInterval!.lower).toBeCloseTo(1.44574, 4);
    expect(scale.overall.numeric!.meanConfidenceInterval!.upper).toBeCloseTo(5.55426, 4);
    // Patients: 3, 4, 5 → median 4, IQR 1, mean 4, CI 4 ± 4.302653 · 1/√3.
    const patients = group(scale.groups, 'patient');
    expect(patients.numeric).toMatchObject({ n: 3, median: 4, q1: 3.5, q3: 4.5, iqr: 1, mean: 4, standardDeviation: 1 });
    expect(patients.numeric!.meanConfidenceInterval!.lower).toBeCloseTo(1.51584, 4);
    expect(group(scale.groups, 'radiologist').numeric).toMatchObject({ n: 1, median: 2, meanConfidenceInterval: null });

    // Ranking, k = 3: a at 1, 2, 1, 3; b at 2, 1, 3, 2; c at 3, 3, 2, 1.
    const ranking = question(stats, 'q_rank');
    expect(ranking.overall.items!.map((i) => [i.label, i.meanRank, i.bordaScore])).toEqual([
      ['onderdeel a', 1.75, 5],
      ['onderdeel b', 2, 4],
      ['onderdeel c', 2.25, 3],
    ]);
    // Patients: a at 1, 2, 3; b at 2, 1, 2; c at 3, 3, 1.
    expect(group(ranking.groups, 'patient').items!.map((i) => i.bordaScore)).toEqual([3, 4, 2]);

    const numeric = question(stats, 'q_num');
    expect(numeric.kind).toBe('numeric');
    expect(numeric.overall).toMatchObject({ answered: 4, missing: 0, numeric: { n: 4, median: 87.5, mean: 87.5, min: 80, max: 95 } });
    expect(numeric.overall.values).toEqual([80, 85, 90, 95].map((value) => ({ value, count: 1 })));

    const choice = question(stats, 'q_choice');
    expect(choice.kind).toBe('choice');
    expect(choice.overall.distribution!.map((d) => [d.label, d.count, d.share])).toEqual([
      ['keuze x', 3, 0.75],
      ['keuze y', 1, 0.25],
    ]);

    // Free text by pseudonym only, trimmed; nothing else about the respondent.
    const text = question(stats, 'q_text');
    expect(text.overall).toMatchObject({ answered: 2, missing: 2 });
    expect(group(text.groups, 'patient').answers).toEqual([{ code: codes[0], language: 'de', text: 'Gut erklärt' }]);
    expect(JSON.stringify(stats)).not.toMatch(/responseId|participantId/);
  });

  it('splits by center and filters by center, group and language', async () => {
    const byCenter = (await get(lead, '?by=center')).json() as SurveyStats;
    expect(byCenter.groups).toEqual([
      { key: 'UKD', responses: 3 },
      { key: 'UNITN', responses: 1 },
    ]);
    const filtered = (await get(lead, '?group=patient&center=UKD')).json() as SurveyStats;
    expect(filtered).toMatchObject({ responses: 2, groups: [], filters: { group: 'patient', center: 'UKD', language: null } });
    expect(question(filtered, 'q_scale').overall.numeric).toMatchObject({ n: 2, mean: 4.5 });
    const italian = (await get(lead, '?language=it')).json() as SurveyStats;
    expect(italian.responses).toBe(1);
  });

  it('shows a center-scoped researcher only their own center’s responses', async () => {
    const unitn = await signIn(t.request, 'researcher.unitn@polyphony.demo');
    const response = await get(unitn, '?by=center');
    expect(response.statusCode).toBe(200);
    const stats = response.json() as SurveyStats;
    expect(stats.responses).toBe(1);
    expect(stats.groups).toEqual([{ key: 'UNITN', responses: 1 }]);
    expect(question(stats, 'q_scale').overall.numeric).toMatchObject({ n: 1, mean: 3 });
    expect(JSON.stringify(stats)).not.toContain('UKD');
    // Asking for another center gives nothing, not that center's data.
    expect(((await get(unitn, '?center=UKD')).json() as SurveyStats).responses).toBe(0);
  });

  it('refuses bad version ids, bad filters and other roles', async () => {
    expect((await get(lead, '', 'not-a-uuid')).statusCode).toBe(400);
    const missing = await get(lead, '', '00000000-0000-4000-8000-000000000000');
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toMatchObject({ error: { code: 'NOT_FOUND' } });
    expect((await get(lead, '?by=age')).statusCode).toBe(400);
    expect((await get(lead, '?language=fr')).statusCode).toBe(400);
    expect((await get(lead, '?extra=1')).statusCode).toBe(400);
    const staff = await signIn(t.request, 'staff.rumc@polyphony.demo');
    expect((await get(staff)).statusCode).toBe(403);
  });

  it('describes the seeded demo responses to the clinician instrument by group', async () => {
    const instruments = (await t.request({ method: 'GET', url: '/api/instruments', headers: lead })).json() as { items: Array<{ key: string; versions: Array<{ id: string }> }> };
    const clinician = instruments.items.find((i) => i.key === 'clinician-meaningful-ai')!;
    const stats = (await get(lead, '?by=group', clinician.versions[0]!.id)).json() as SurveyStats;
    expect(stats.responses).toBe(30);
    expect(stats.groups.map((g) => g.key)).toEqual(['radiologist', 'neurologist', 'neurosurgeon', 'radiotherapist']);
    const thresholds = question(stats, 'threshold_sensitivity_progression').overall.numeric!;
    expect(thresholds.n).toBe(30);
    expect(thresholds.mean).toBeGreaterThan(80);
    expect(thresholds.mean).toBeLessThan(95);
    expect(question(stats, 'criteria_ranking').overall.items!.reduce((sum, item) => sum + item.bordaScore, 0)).toBe(30 * (4 + 3 + 2 + 1));
  });
});
