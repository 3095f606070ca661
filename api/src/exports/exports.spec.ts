import { execFile } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataSource } from 'typeorm';
import yauzl from 'yauzl';
import { codeCrosstab } from '@polyphony/analysis';
import { startTestApp, type TestApp } from '../../test/support/test-app.js';
import { signIn, type SignedInHeaders } from '../../test/support/sign-in.js';
import { storeTranscript } from '../../test/support/transcript-factory.js';
import { User } from '../identity/user.entity.js';
import { crosstabFromTallies } from './crosstab-from-tallies.js';
import { ExportDataService } from './export-data.service.js';
import { ExportRetention } from './export-retention.js';
import type { ExportJobView } from './exports.schemas.js';

const CANARY_NAME = 'Canary Vogelsang';
const CANARY_EMAIL = 'canary.vogelsang@leak.example';
// What a participant might type into a comment box (the leak check's canary): must not reach an export.
const ANSWER_CANARIES = { name: 'Wilhelmina Kanarienvogel', email: 'wilhelmina.canary@example.org', phone: '+49 170 5550123' };
const ANSWER_CANARY_TEXT = `Ich heiße ${ANSWER_CANARIES.name}, schreiben Sie mir an ${ANSWER_CANARIES.email} oder rufen Sie ${ANSWER_CANARIES.phone} an.`;
const ANSWER_SCRUBBED = 'Ich heiße [NAME], schreiben Sie mir an [EMAIL] oder rufen Sie [PHONE] an.';
const ANSWER_LEAKS = [...Object.values(ANSWER_CANARIES), 'Kanarienvogel'];

/** A small instrument whose cells we know exactly. */
const DEFINITION = {
  locale: 'en',
  pages: [
    {
      name: 'p1',
      elements: [
        { type: 'rating', name: 'trust', title: { en: 'How much do you trust AI?', de: 'Wie sehr vertrauen Sie KI?' }, rateMin: 1, rateMax: 5 },
        {
          type: 'radiogroup',
          name: 'explain',
          title: { en: 'Should AI explain itself?', de: 'Soll sich KI erklären?' },
          choices: [
            { value: 'yes', text: { en: 'Yes', de: 'Ja' } },
            { value: 'no', text: { en: 'No', de: 'Nein' } },
          ],
        },
        {
          type: 'checkbox',
          name: 'tasks',
          title: { en: 'Which tasks matter?', de: 'Welche Aufgaben sind wichtig?' },
          choices: [
            { value: 'infiltration', text: { en: 'Infiltration', de: 'Infiltration' } },
            { value: 'progression', text: { en: 'Progression', de: 'Progression' } },
          ],
        },
        { type: 'comment', name: 'remarks', title: { en: 'Remarks', de: 'Anmerkungen' } },
      ],
    },
  ],
};

async function waitFor(t: TestApp, headers: SignedInHeaders, id: string, timeoutMs = 90_000): Promise<ExportJobView> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const job = (await t.request({ method: 'GET', url: `/api/exports/${id}`, headers })).json() as ExportJobView;
    if (job.status === 'done' || job.status === 'failed' || job.status === 'cancelled') return job;
    if (Date.now() > deadline) throw new Error(`export ${id} still ${job.status}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

async function unzip(buffer: Buffer): Promise<Map<string, Buffer>> {
  const zip = await promisify<Buffer, yauzl.Options, yauzl.ZipFile>(yauzl.fromBuffer)(buffer, { lazyEntries: true });
  const files = new Map<string, Buffer>();
  await new Promise<void>((resolve, reject) => {
    zip.on('entry', (entry: yauzl.Entry) => {
      zip.openReadStream(entry, (error, stream) => {
        if (error) return reject(error);
        const parts: Buffer[] = [];
        stream.on('data', (part: Buffer) => parts.push(part));
        stream.on('end', () => {
          files.set(entry.fileName, Buffer.concat(parts));
          zip.readEntry();
        });
      });
    });
    zip.on('end', resolve);
    zip.on('error', reject);
    zip.readEntry();
  });
  return files;
}

/** Seeds a known response and codings, one of them by a coder whose name and e-mail must never leak. */
async function seed(dataSource: DataSource): Promise<{ responseId: string; canaryResponseId: string; participantCode: string; transcriptId: string }> {
  const [{ id: instrumentId }] = await dataSource.query<Array<{ id: string }>>(
    `INSERT INTO instrument (key, title, target_groups) VALUES ('exporttest', '{"en":"Export test"}', '["radiologist"]') RETURNING id`,
  );
  const [{ id: versionId }] = await dataSource.query<Array<{ id: string }>>(
    `INSERT INTO instrument_version (instrument_id, version, status, definition, languages, published_at) VALUES ($1, 1, 'published', $2, '["en","de"]', now()) RETURNING id`,
    [instrumentId, JSON.stringify(DEFINITION)],
  );
  const [participant] = await dataSource.query<Array<{ id: string; code: string }>>("SELECT id, code FROM participant WHERE code = 'RUMC-P-0001'");
  const responseId = randomUUID();
  await dataSource.query(
    `INSERT INTO survey_response (id, instrument_version_id, participant_id, center_code, status, data, language, revision, content_hash, started_at, updated_at, completed_at)
     VALUES ($1, $2, $3, 'RUMC', 'completed', $4, 'de', 1, repeat('0', 64), '2026-11-01T10:00:00Z', '2026-11-01T10:05:00Z', '2026-11-01T10:05:00Z')`,
    [responseId, versionId, participant.id, JSON.stringify({ trust: 4, explain: 'yes', tasks: ['progression', 'infiltration'], remarks: 'Nur mit Erklärung, bitte.' })],
  );
  // A second response whose comment names the participant with contact data.
  const canaryResponseId = randomUUID();
  await dataSource.query(
    `INSERT INTO survey_response (id, instrument_version_id, participant_id, center_code, status, data, language, revision, content_hash, started_at, updated_at, completed_at)
     VALUES ($1, $2, $3, 'RUMC', 'completed', $4, 'de', 1, repeat('0', 64), '2026-11-02T10:00:00Z', '2026-11-02T10:05:00Z', '2026-11-02T10:05:00Z')`,
    [canaryResponseId, versionId, participant.id, JSON.stringify({ trust: 2, explain: 'no', tasks: [], remarks: ANSWER_CANARY_TEXT })],
  );
  const canary = await dataSource.getRepository(User).save({ email: CANARY_EMAIL, displayName: CANARY_NAME, role: 'researcher', centerCode: null, language: 'en', passwordHash: null, disabled: false });
  const researcher = await dataSource.getRepository(User).findOneByOrFail({ email: 'researcher@polyphony.demo' });
  const { transcript } = await storeTranscript(dataSource, { participantCode: 'RUMC-P-0001', language: 'nl', lines: ['I: Wat vindt u belangrijk?', 'P: Dat de arts het uitlegt en dat het klopt.'], createdBy: researcher.id });
  const codes = await dataSource.query<Array<{ id: string }>>('SELECT id FROM code ORDER BY key LIMIT 2');
  for (const [coder, code, start, end] of [[researcher.id, codes[0].id, 30, 50], [canary.id, codes[0].id, 32, 50], [canary.id, codes[1].id, 3, 20]] as const) {
    await dataSource.query('INSERT INTO coding (transcript_id, code_id, coder_id, start_cp, end_cp, passage) VALUES ($1, $2, $3, $4, $5, $6)', [transcript.id, code, coder, start, end, 'passage']);
  }
  return { responseId, canaryResponseId, participantCode: participant.code, transcriptId: transcript.id };
}

describe('exports', { timeout: 180_000 }, () => {
  let t: TestApp;
  let lead: SignedInHeaders;
  let known: Awaited<ReturnType<typeof seed>>;

  beforeAll(async () => {
    t = await startTestApp();
    lead = await signIn(t.request, 'lead@polyphony.demo');
    known = await seed(t.app.get(DataSource));
  });
  afterAll(() => t.close());

  it('lets only project leads in (403 for researchers and site staff)', async () => {
    for (const email of ['researcher@polyphony.demo', 'staff.rumc@polyphony.demo']) {
      const headers = await signIn(t.request, email);
      expect((await t.request({ method: 'GET', url: '/api/exports', headers })).statusCode).toBe(403);
      expect((await t.request({ method: 'POST', url: '/api/exports', headers, payload: { kind: 'workbook', params: {} } })).statusCode).toBe(403);
    }
  });

  it('lists the registered kinds', async () => {
    const body = (await t.request({ method: 'GET', url: '/api/exports/kinds', headers: lead })).json() as { items: Array<{ kind: string }> };
    expect(body.items.map((item) => item.kind)).toEqual(expect.arrayContaining(['workbook', 'statistics-bundle']));
  });

  it('refuses an unknown kind or bad params with a localized 400 and stores nothing', async () => {
    const unknown = await t.request({ method: 'POST', url: '/api/exports', headers: { ...lead, 'accept-language': 'de' }, payload: { kind: 'nonsense', params: {} } });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json()).toEqual({ error: { code: 'EXPORT_KIND_UNKNOWN', message: 'Es gibt keinen Export der Art „nonsense“.' } });
    const badParams = await t.request({ method: 'POST', url: '/api/exports', headers: lead, payload: { kind: 'workbook', params: { instrumentVersionIds: ['not-a-uuid'] } } });
    expect(badParams.statusCode).toBe(400);
    expect(badParams.json()).toMatchObject({ error: { code: 'VALIDATION_FAILED' } });
    const list = (await t.request({ method: 'GET', url: '/api/exports', headers: lead })).json() as { items: unknown[] };
    expect(list.items).toHaveLength(0);
  });

  it('exports a workbook with labelled data, pseudonymous, downloaded byte for byte', async () => {
    const created = await t.request({ method: 'POST', url: '/api/exports', headers: lead, payload: { kind: 'workbook', language: 'de', params: {} } });
    expect(created.statusCode, created.body).toBe(202);
    const { id } = created.json() as { id: string };
    const job = await waitFor(t, lead, id);
    expect(job, JSON.stringify(job)).toMatchObject({ status: 'done', kind: 'workbook', language: 'de' });
    expect(job.progress.done).toBe(job.progress.total);

    const download = await t.request({ method: 'GET', url: `/api/exports/${id}/download`, headers: lead });
    expect(download.statusCode).toBe(200);
    expect(download.headers['cache-control']).toBe('no-store');
    expect(download.headers['content-disposition']).toMatch(/^attachment; filename="polyphony-workbook-de-/);
    const bytes = download.rawPayload;
    expect(bytes.length).toBe(job.byteSize);
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(job.sha256);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('exporttest v1');
    expect(sheet).toBeDefined();
    const header = (sheet!.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual([
      'Antwort-ID', 'Teilnehmende Person', 'Stakeholdergruppe', 'Zentrum', 'Sprache', 'Status', 'Begonnen am', 'Zuletzt gespeichert am', 'Abgeschlossen am',
      'trust', 'explain', 'explain_label', 'tasks', 'tasks_label', 'remarks',
    ]);
    const rows = sheet!.getRows(2, sheet!.rowCount - 1)!.map((r) => (r.values as unknown[]).slice(1));
    const row = rows.find((r) => r[0] === known.responseId);
    expect(row).toEqual([
      known.responseId, known.participantCode, 'patient', 'RUMC', 'de', 'completed', '2026-11-01T10:00:00.000Z', '2026-11-01T10:05:00.000Z', '2026-11-01T10:05:00.000Z',
      4, 'yes', 'Ja', 'progression; infiltration', 'Progression; Infiltration', 'Nur mit Erklärung, bitte.',
    ]);
    // Identifiers typed into a comment are replaced by placeholders; the rest of the answer stays.
    expect(rows.find((r) => r[0] === known.canaryResponseId)?.at(-1)).toBe(ANSWER_SCRUBBED);
    const dictionary = workbook.getWorksheet('Datenwörterbuch');
    const explain = dictionary!.getRows(2, dictionary!.rowCount - 1)!.find((r) => r.getCell(1).value === 'exporttest' && r.getCell(3).value === 'explain');
    expect(explain?.getCell(5).value).toBe('Soll sich KI erklären?');
    expect(explain?.getCell(6).value).toBe('yes = Ja; no = Nein');
    const codings = workbook.getWorksheet('Kodierungen');
    expect(codings!.rowCount).toBeGreaterThanOrEqual(4);
    expect(workbook.getWorksheet('Übereinstimmung')!.rowCount).toBeGreaterThan(1);
    expect(workbook.getWorksheet('Codes nach Gruppe')).toBeDefined();
    // The synthetic demo benchmark rows, one sheet.
    expect(workbook.getWorksheet('Benchmark-Ergebnisse')!.getRow(1).getCell(1).value).toBe('package');
    expect(workbook.getWorksheet('Benchmark-Ergebnisse')!.rowCount).toBeGreaterThan(1);
    // The joint display (registered by the linking module): group × criterion, and scores per group and package.
    const joint = workbook.getWorksheet('Joint Display')!;
    expect((joint.getRow(1).values as unknown[]).slice(1, 5)).toEqual(['group', 'group_label', 'criterion', 'criterion_label']);
    expect(joint.rowCount).toBe(1 + 5 * 5);
    expect((joint.getRow(2).values as unknown[]).slice(1, 5)).toEqual(['patient', 'Patient/in', 'accuracy', 'Diagnostische Genauigkeit']);
    const scores = workbook.getWorksheet('Meaningful-AI-Scores')!;
    expect((scores.getRow(1).values as unknown[]).slice(1)).toEqual(['group', 'group_label', 'package', 'package_name', 'synthetic', 'score', 'score_ci_low', 'score_ci_high', 'rank', 'expected_rank', 'p_rank_1', 'criteria_used']);
    expect(scores.rowCount).toBeGreaterThan(1);

    // No names or e-mail addresses anywhere in the file (every XML part, uncompressed).
    const text = [...(await unzip(bytes)).values()].map((part) => part.toString('utf8')).join('\n');
    expect(text).toContain(known.participantCode);
    for (const leak of [CANARY_NAME, CANARY_EMAIL, 'Demo Researcher', 'researcher@polyphony.demo', '@polyphony.demo', ...ANSWER_LEAKS]) expect(text).not.toContain(leak);
  });

  it('builds a statistics bundle with CSV files, R scripts and SPSS syntax per language', async () => {
    const { id } = (await t.request({ method: 'POST', url: '/api/exports', headers: lead, payload: { kind: 'statistics-bundle', language: 'en', params: {} } })).json() as { id: string };
    const job = await waitFor(t, lead, id);
    expect(job.status, JSON.stringify(job)).toBe('done');
    const download = await t.request({ method: 'GET', url: `/api/exports/${id}/download`, headers: lead });
    expect(download.headers['content-type']).toBe('application/zip');
    const files = await unzip(download.rawPayload);
    for (const language of ['nl', 'de', 'it', 'en']) {
      expect(files.has(`load-polyphony-${language}.R`)).toBe(true);
      expect(files.has(`load-polyphony-${language}.sps`)).toBe(true);
    }
    const csv = files.get('responses_exporttest_v1.csv')!.toString('utf8').split('\r\n');
    expect(csv[0]).toBe('response_id,participant,group,center,language,status,started_at,updated_at,completed_at,trust,explain,tasks.infiltration,tasks.progression,remarks');
    expect(csv.find((line) => line.startsWith(known.responseId))).toContain(',4,yes,1,1,"Nur mit Erklärung, bitte."');
    expect(csv.find((line) => line.startsWith(known.canaryResponseId))).toContain(`,2,no,0,0,"${ANSWER_SCRUBBED}"`);
    expect(files.get('benchmark.csv')!.toString('utf8')).toMatch(/^package,package_version,task,center,dataset,metric,value,ci_low,ci_high,n\r\n/);
    expect(files.get('joint-display.csv')!.toString('utf8').split('\r\n')[1]).toMatch(/^patient,Patient,accuracy,Diagnostic accuracy,/);
    expect(files.get('joint-display-scores.csv')!.toString('utf8')).toMatch(/^group,group_label,package,package_name,synthetic,score,score_ci_low,score_ci_high,rank,expected_rank,p_rank_1,criteria_used\r\n/);
    const spss = files.get('load-polyphony-de.sps')!.toString('utf8');
    expect(spss).toContain("explain 'Soll sich KI erklären?'");
    expect(spss).toMatch(/VALUE LABELS[\s\S]*explain\n\s+'yes' 'Ja'\n\s+'no' 'Nein'/);
    const r = files.get('load-polyphony-de.R')!.toString('utf8');
    expect(r).toContain('factor(responses_exporttest_v1[["explain"]], levels = c("yes", "no"), labels = c("Ja", "Nein"))');
    const all = [...files.values()].map((f) => f.toString('utf8')).join('\n');
    for (const leak of [CANARY_NAME, CANARY_EMAIL, '@polyphony.demo', ...ANSWER_LEAKS]) expect(all).not.toContain(leak);

    const rscript = await promisify(execFile)('Rscript', ['--version']).then(() => true, () => false);
    if (!rscript) {
      console.info('Rscript is not installed: the generated R script was not run (skipped).');
      return;
    }
    const dir = mkdtempSync(path.join(tmpdir(), 'polyphony-bundle-'));
    for (const [name, content] of files) writeFileSync(path.join(dir, name), content);
    const check = 'source("load-polyphony-de.R"); stopifnot(levels(responses_exporttest_v1$explain)[1] == "Ja"); cat(attr(responses_exporttest_v1$explain, "label"))';
    const { stdout } = await promisify(execFile)('Rscript', ['-e', check], { cwd: dir });
    expect(stdout).toContain('Soll sich KI erklären?');
    expect(readFileSync(path.join(dir, 'codings.csv'), 'utf8')).toContain('coding_id');
  });

  it('cancels a queued job and removes a finished one', async () => {
    const { id } = (await t.request({ method: 'POST', url: '/api/exports', headers: lead, payload: { kind: 'workbook', params: {} } })).json() as { id: string };
    const cancel = await t.request({ method: 'DELETE', url: `/api/exports/${id}`, headers: lead });
    expect(cancel.statusCode).toBe(200);
    // On a fast server the job may already be done: then the same call removes it.
    if (!(cancel.json() as { removed: boolean }).removed) {
      const job = await waitFor(t, lead, id);
      expect(job.status).toBe('cancelled');
      expect((await t.request({ method: 'GET', url: `/api/exports/${id}/download`, headers: lead })).statusCode).toBe(409);
      expect((await t.request({ method: 'DELETE', url: `/api/exports/${id}`, headers: lead })).json()).toEqual({ removed: true });
    }
    expect((await t.request({ method: 'GET', url: `/api/exports/${id}`, headers: lead })).statusCode).toBe(404);
  });

  it('removes files after the retention period and when a withdrawal erases data, keeping the jobs listed', async () => {
    const dataSource = t.app.get(DataSource);
    const finishedWorkbook = async () => {
      const { id } = (await t.request({ method: 'POST', url: '/api/exports', headers: lead, payload: { kind: 'workbook', params: {} } })).json() as { id: string };
      expect((await waitFor(t, lead, id)).status).toBe('done');
      return id;
    };
    const chunksOf = async (id: string) => Number((await dataSource.query<Array<{ n: string }>>('SELECT count(*) AS n FROM export_file_chunk WHERE job_id = $1', [id]))[0]!.n);
    const old = await finishedWorkbook();
    const recent = await finishedWorkbook();

    await dataSource.query("UPDATE export_job SET finished_at = now() - interval '8 days' WHERE id = $1", [old]);
    expect(await t.app.get(ExportRetention).purgeExpired()).toBe(1);
    expect((await t.request({ method: 'GET', url: `/api/exports/${old}`, headers: lead })).json()).toMatchObject({ status: 'expired', errorCode: 'EXPORT_EXPIRED' });
    expect(await chunksOf(old)).toBe(0);
    const gone = await t.request({ method: 'GET', url: `/api/exports/${old}/download`, headers: { ...lead, 'accept-language': 'nl' } });
    expect(gone.statusCode).toBe(410);
    expect(gone.json()).toEqual({ error: { code: 'EXPORT_EXPIRED', message: 'Het bestand van deze export is verwijderd na de bewaartermijn. Start de export opnieuw voor een actueel bestand.' } });
    expect((await t.request({ method: 'GET', url: `/api/exports/${recent}/download`, headers: lead })).statusCode).toBe(200);
    expect(await t.app.get(ExportRetention).purgeExpired()).toBe(0);

    // A file cannot be cut to leave one participant out: erasure removes every stored file.
    const participant = (await t.request({ method: 'POST', url: '/api/participants', headers: lead, payload: { center: 'UKM', group: 'patient', language: 'de' } })).json() as { id: string };
    const withdrawn = await t.request({ method: 'POST', url: `/api/participants/${participant.id}/withdraw`, headers: lead, payload: { dataHandling: 'erase' } });
    expect(withdrawn.statusCode).toBe(200);
    expect((await t.request({ method: 'GET', url: `/api/exports/${recent}`, headers: lead })).json()).toMatchObject({ status: 'expired', errorCode: 'EXPORT_ERASED' });
    expect(await chunksOf(recent)).toBe(0);
    const erased = await t.request({ method: 'GET', url: `/api/exports/${recent}/download`, headers: lead });
    expect(erased.statusCode).toBe(410);
    expect(erased.json()).toMatchObject({ error: { code: 'EXPORT_ERASED' } });
    const audited = await dataSource.query<Array<{ action: string }>>("SELECT action FROM audit_event WHERE action IN ('export.files_expired', 'participant.withdrawn_and_erased')");
    expect(new Set(audited.map((row) => row.action))).toEqual(new Set(['export.files_expired', 'participant.withdrawn_and_erased']));
  });

  it('computes crosstabs in SQL exactly as analysis/ codeCrosstab does', async () => {
    const dataSource = t.app.get(DataSource);
    const data = t.app.get(ExportDataService);
    const actor = { id: randomUUID(), email: '', displayName: '', role: 'lead' as const, center: null, language: 'en' as const, sessionTokenHash: '' };
    const transcripts = await dataSource.query<Array<{ id: string; participant_id: string; stakeholder_group: string; center_code: string; language: string }>>('SELECT id, participant_id, stakeholder_group, center_code, language FROM transcript');
    const codings = await dataSource.query<Array<{ transcript_id: string; code_id: string }>>('SELECT transcript_id, code_id FROM coding');
    for (const dimension of ['group', 'center', 'language'] as const) {
      const expected = codeCrosstab(
        codings.map((c) => ({ transcriptId: c.transcript_id, codeId: c.code_id })),
        transcripts.map((tr) => ({ transcriptId: tr.id, participantId: tr.participant_id, group: tr.stakeholder_group, center: tr.center_code, language: tr.language })),
        dimension,
      );
      expect(crosstabFromTallies(await data.crosstabTallies(actor, dimension), dimension)).toEqual(expected);
    }
  });
});
