import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/support/test-app.js';
import { signIn, type SignedInHeaders } from '../../test/support/sign-in.js';

// A real bilingual (English/German) questionnaire made by others; read by path, never copied.
const REAL_QUESTIONNAIRE = readFileSync(new URL('../../../../shared/fixtures/surveyjs/real-medical-service.json', import.meta.url), 'utf8');

interface ImportReply {
  versionId: string;
  instrument: { id: string };
  report: { problems: Array<{ code: string; params: Record<string, unknown> }>; translation: Record<string, { missing: unknown[]; total: number }> };
}

describe('instrument library', () => {
  let t: TestApp;
  let lead: SignedInHeaders;
  beforeAll(async () => {
    t = await startTestApp();
    lead = await signIn(t.request, 'lead@polyphony.demo');
  });
  afterAll(() => t.close());

  const importFile = (key: string, definitionText: string, targetGroups = ['patient']) =>
    t.request({ method: 'POST', url: '/api/instruments', headers: lead, payload: { key, targetGroups, definitionText } });

  it('imports a real English/German questionnaire and reports its missing Dutch and Italian', async () => {
    const response = await importFile('medical-service', REAL_QUESTIONNAIRE);
    expect(response.statusCode).toBe(201);
    const body = response.json() as ImportReply;
    const missing = body.report.problems.filter((p) => p.code === 'INSTRUMENT_MISSING_TRANSLATION').map((p) => p.params.language);
    expect(missing.sort()).toEqual(['it', 'nl']);
    expect(body.report.translation.de!.missing).toEqual([]);
    expect(body.report.translation.nl!.missing.length).toBe(body.report.translation.nl!.total);

    // It offers English and German only, so it publishes, and then takes validated responses.
    const published = await t.request({ method: 'POST', url: `/api/instrument-versions/${body.versionId}/publish`, headers: lead });
    expect(published.statusCode).toBe(200);
    expect(published.json()).toMatchObject({ status: 'published', languages: ['de', 'en'] });
    expect((published.json() as { checksum: string }).checksum).toMatch(/^[0-9a-f]{64}$/);

    const participant = (await t.request({ method: 'POST', url: '/api/participants', headers: lead, payload: { center: 'UKD', group: 'patient', language: 'de' } })).json() as { id: string };
    const tablet = (await t.request({ method: 'POST', url: '/api/tablet-sessions', headers: lead, payload: { participantId: participant.id, instrumentId: body.instrument.id } })).json() as { token: string; instrumentVersionId: string };
    const definition = JSON.parse(REAL_QUESTIONNAIRE) as { pages: Array<{ elements: Array<{ type: string; name: string }> }> };
    const [appointment, onTime, scheduled] = definition.pages[0]!.elements.map((e) => e.name);
    const matrix = definition.pages[1]!.elements.find((e) => e.type === 'matrix')!.name;
    const save = (data: object) =>
      t.request({
        method: 'PUT',
        url: `/api/responses/${crypto.randomUUID()}`,
        headers: { 'x-survey-token': tablet.token },
        payload: { instrumentVersionId: tablet.instrumentVersionId, participantId: participant.id, data, status: 'completed', revision: 0 },
      });
    const invalid = await save({ [appointment!]: 'maybe', [matrix]: { 'Friendliness/courtesy of the care provider': 'superb' } });
    expect(invalid.statusCode).toBe(422);
    expect((invalid.json() as { error: { details: { answers: Array<{ rule: string }> } } }).error.details.answers.map((a) => a.rule)).toEqual(['not_in_choices', 'not_in_choices']);
    const valid = await save({ [appointment!]: 'yes', [onTime!]: 'no', [scheduled!]: 'yes', [matrix]: { 'Friendliness/courtesy of the care provider': 'very good' } });
    expect(valid.statusCode, valid.body).toBe(200);
  });

  it('explains an unparseable or broken file in the reader’s language and stores nothing', async () => {
    const broken = await t.request({
      method: 'POST',
      url: '/api/instruments',
      headers: { ...lead, 'accept-language': 'de' },
      payload: { key: 'broken', targetGroups: ['patient'], definitionText: '{"pages": [' },
    });
    expect(broken.statusCode).toBe(422);
    expect(broken.json()).toMatchObject({ error: { code: 'INSTRUMENT_INVALID', details: { problems: [{ code: 'INSTRUMENT_JSON_UNPARSEABLE' }] } } });
    expect((broken.json() as { error: { details: { problems: Array<{ message: string }> } } }).error.details.problems[0]!.message).toContain('kein gültiges JSON');

    const definition = {
      pages: [{ name: 'p', elements: [
        { type: 'teleporter', name: 'q1' },
        { type: 'radiogroup', name: 'q2', choices: [{ text: 'no value' }] },
        { type: 'text', name: 'q2' },
      ] }],
    };
    const structural = await importFile('structural', JSON.stringify(definition));
    expect(structural.statusCode).toBe(422);
    const codes = (structural.json() as { error: { details: { problems: Array<{ code: string }> } } }).error.details.problems.map((p) => p.code);
    expect(codes).toEqual(expect.arrayContaining(['INSTRUMENT_UNKNOWN_QUESTION_TYPE', 'INSTRUMENT_DUPLICATE_NAME', 'INSTRUMENT_CHOICE_WITHOUT_VALUE']));
    const list = (await t.request({ method: 'GET', url: '/api/instruments', headers: lead })).json() as { items: Array<{ key: string }> };
    expect(list.items.map((i) => i.key)).not.toContain('structural');
  });

  it('refuses to publish while an offered language is incomplete', async () => {
    const definition = {
      title: { default: 'Partly translated', nl: 'Deels vertaald' },
      pages: [{ name: 'p1', elements: [{ type: 'rating', name: 'trust', title: { default: 'Trust?', nl: 'Vertrouwen?' } }, { type: 'comment', name: 'why', title: 'Why?' }] }],
    };
    const body = (await importFile('partly', JSON.stringify(definition))).json() as ImportReply;
    const refused = await t.request({ method: 'POST', url: `/api/instrument-versions/${body.versionId}/publish`, headers: lead });
    expect(refused.statusCode).toBe(422);
    expect(refused.json()).toMatchObject({ error: { code: 'TRANSLATIONS_INCOMPLETE', details: { problems: [{ code: 'INSTRUMENT_MISSING_TRANSLATION', params: { language: 'nl', missing: 1 } }] } } });
  });

  it('round-trips translations through CSV and XLSX into a draft, reporting each change', async () => {
    const definition = {
      pages: [{ name: 'p1', elements: [{ type: 'radiogroup', name: 'seen', title: 'Were you seen on time?', choices: [{ value: 'yes', text: 'Yes' }, { value: 'no', text: 'No' }] }] }],
    };
    const { versionId } = (await importFile('translate-me', JSON.stringify(definition))).json() as ImportReply;
    const csv = await t.request({ method: 'GET', url: `/api/instrument-versions/${versionId}/translations?format=csv`, headers: lead });
    expect(csv.headers['content-type']).toContain('text/csv');
    const lines = csv.body.replace(/^\uFEFF/, '').trim().split('\n');
    expect(lines[0]).toBe('path,question,nl,de,it,en');
    const translated = lines.map((line, i) => {
      if (i === 0) return line;
      const [path, question, , , , en] = line.split(',');
      const nl = { 'Were you seen on time?': 'Werd u op tijd geholpen?', Yes: 'Ja', No: 'Nee' }[en!] ?? '';
      return [path, question, nl, '', '', en].join(',');
    });
    const imported = await t.request({
      method: 'POST',
      url: `/api/instrument-versions/${versionId}/translations`,
      headers: lead,
      payload: { format: 'csv', content: translated.join('\n'), revision: 1 },
    });
    expect(imported.statusCode).toBe(200);
    const result = imported.json() as { changes: Array<{ language: string; after: string }>; revision: number };
    expect(result.changes.map((c) => c.after).sort()).toEqual(['Ja', 'Nee', 'Werd u op tijd geholpen?']);
    expect(result.revision).toBe(2);
    const version = (await t.request({ method: 'GET', url: `/api/instrument-versions/${versionId}`, headers: lead })).json() as { completeness: Record<string, number>; languages: string[] };
    expect(version.completeness.nl).toBe(1);
    expect(version.languages).toContain('nl');

    const xlsx = await t.request({ method: 'GET', url: `/api/instrument-versions/${versionId}/translations?format=xlsx`, headers: lead });
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    const again = await t.request({
      method: 'POST',
      url: `/api/instrument-versions/${versionId}/translations`,
      headers: lead,
      payload: { format: 'xlsx', content: xlsx.rawPayload.toString('base64'), revision: 2 },
    });
    expect(again.json()).toMatchObject({ changes: [], revision: 2 });
  });

  it('lets only one of two concurrent draft edits win; the other gets 409', async () => {
    const { versionId } = (await importFile('contended', JSON.stringify({ pages: [{ name: 'p', elements: [{ type: 'text', name: 'a' }] }] }))).json() as ImportReply;
    const edit = (name: string) =>
      t.request({
        method: 'PUT',
        url: `/api/instrument-versions/${versionId}`,
        headers: lead,
        payload: { revision: 1, definitionText: JSON.stringify({ pages: [{ name: 'p', elements: [{ type: 'text', name }] }] }) },
      });
    const statuses = (await Promise.all([edit('b'), edit('c')])).map((r) => r.statusCode).sort();
    expect(statuses).toEqual([200, 409]);
  });

  it('keeps published versions immutable: editing means a new draft', async () => {
    const list = (await t.request({ method: 'GET', url: '/api/instruments', headers: lead })).json() as { items: Array<{ id: string; key: string; versions: Array<{ id: string; status: string }> }> };
    const patient = list.items.find((i) => i.key === 'patient-meaningful-ai')!;
    const published = patient.versions.find((v) => v.status === 'published')!;
    const edit = await t.request({ method: 'PUT', url: `/api/instrument-versions/${published.id}`, headers: lead, payload: { revision: 1, definitionText: '{"pages":[]}' } });
    expect(edit.statusCode).toBe(409);
    const draft = await t.request({ method: 'POST', url: `/api/instruments/${patient.id}/drafts`, headers: lead, payload: {} });
    expect(draft.statusCode).toBe(201);
    const exported = await t.request({ method: 'GET', url: `/api/instrument-versions/${published.id}/export`, headers: lead });
    expect(exported.headers['content-disposition']).toContain('patient-meaningful-ai-v1.json');
    const dictionary = (await t.request({ method: 'GET', url: `/api/instrument-versions/${published.id}/dictionary`, headers: lead })).json() as { items: Array<{ name: string; tags: Record<string, string> }> };
    expect(dictionary.items.find((q) => q.name === 'importance_accuracy')?.tags).toMatchObject({ criterion: 'accuracy', measure: 'importance' });
  });

  it('shows site staff only published instruments and never lets them import', async () => {
    const staff = await signIn(t.request, 'staff.ukm@polyphony.demo');
    const list = (await t.request({ method: 'GET', url: '/api/instruments', headers: staff })).json() as { items: Array<{ versions: Array<{ status: string }> }> };
    expect(list.items.flatMap((i) => i.versions).every((v) => v.status === 'published')).toBe(true);
    const attempt = await t.request({ method: 'POST', url: '/api/instruments', headers: staff, payload: { key: 'x-y', targetGroups: ['patient'], definitionText: '{}' } });
    expect(attempt.statusCode).toBe(403);
  });
});
