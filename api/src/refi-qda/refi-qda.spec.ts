import { readFileSync } from 'node:fs';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import yazl from 'yazl';
import { signIn, type SignedInHeaders } from '../../test/support/sign-in.js';
import { startTestApp, type TestApp } from '../../test/support/test-app.js';
import { storeTranscript } from '../../test/support/transcript-factory.js';
import type { Actor } from '../access/actor.js';
import { readZipEntryWithNode } from '../codebook/refi-qdc/test-support/read-zip-entry.js';
import { hasXmllint, validateWithXmllint } from '../codebook/refi-qdc/test-support/xmllint.js';
import { Code } from '../codebook/code.entity.js';
import { Coding } from '../coding/coding.entity.js';
import { Memo } from '../coding/memo.entity.js';
import { User } from '../identity/user.entity.js';
import { Participant } from '../participants/participant.entity.js';
import { Transcript } from '../transcripts/transcript.entity.js';
import { AuditEvent } from '../audit/audit-event.entity.js';
import { RefiQdaExportProducer } from './refi-qda-export.producer.js';
import type { QdpxImportSummary, QdpxPreview } from './refi-qda-import.service.js';

const FIXTURES = fileURLToPath(new URL('../../../../shared/fixtures/refi-qda/', import.meta.url));
const SCHEMA = `${FIXTURES}Project.xsd`;
const NVIVO = `${FIXTURES}samples/nvivo12-vaccine-attitudes.qdpx`;
const ATLAS = `${FIXTURES}samples/atlasti8-test-project.qdpx`;

/** Counts taken from a sample's own project.qde, not from the importer. */
function countsOf(archivePath: string) {
  const xml = readZipEntryWithNode(readFileSync(archivePath), 'project.qde').toString('utf8');
  const textSources = xml.match(/<TextSource\b/g)?.length ?? 0;
  const textSourceBlocks = [...xml.matchAll(/<TextSource\b[\s\S]*?<\/TextSource>|<TextSource\b[^>]*\/>/g)].map((m) => m[0]);
  return {
    textSources,
    codes: xml.match(/<Code\b/g)?.length ?? 0,
    textCodings: textSourceBlocks.reduce((sum, block) => sum + (block.match(/<Coding\b/g)?.length ?? 0), 0),
    nonTextSources: xml.match(/<(PDF|Picture|Audio|Video)Source\b/g)?.length ?? 0,
    userNames: [...xml.matchAll(/<User\b[^>]*\bname="([^"]+)"/g)].map((m) => m[1]),
  };
}

async function collect(run: (output: Writable) => Promise<void>): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const output = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      chunks.push(chunk);
      callback();
    },
  });
  await run(output);
  return Buffer.concat(chunks);
}

async function zipOf(entries: Array<{ name: string; data: Buffer; compress?: boolean }>): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  for (const entry of entries) zip.addBuffer(entry.data, entry.name, { compress: entry.compress ?? true });
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream as AsyncIterable<Buffer>) chunks.push(chunk);
  return Buffer.concat(chunks);
}

describe('REFI-QDA projects (.qdpx)', () => {
  let testApp: TestApp;
  let lead: SignedInHeaders;
  let researcher: SignedInHeaders;
  let leadActor: Actor;

  const db = () => testApp.app.get(DataSource);
  const post = (url: string, headers: SignedInHeaders, payload: unknown) => testApp.request({ method: 'POST', url, headers, payload: payload as Record<string, unknown> });
  const base64 = (bytes: Buffer) => bytes.toString('base64');
  const counts = async () => {
    const dataSource = db();
    return {
      transcripts: await dataSource.getRepository(Transcript).count(),
      codes: await dataSource.getRepository(Code).count(),
      codings: await dataSource.getRepository(Coding).count(),
      memos: await dataSource.getRepository(Memo).count(),
    };
  };
  const exportProject = (actor: Actor = leadActor) =>
    collect((output) =>
      testApp.app.get(RefiQdaExportProducer).produce({ actor, language: 'en', params: {}, progress: async () => undefined }, output),
    );
  const participantsOf = async (center: string) => db().getRepository(Participant).find({ where: { centerCode: center }, order: { code: 'ASC' } });

  beforeAll(async () => {
    testApp = await startTestApp();
    lead = await signIn(testApp.request, 'lead@polyphony.demo');
    researcher = await signIn(testApp.request, 'researcher@polyphony.demo');
    const user = await db().getRepository(User).findOneByOrFail({ email: 'lead@polyphony.demo' });
    leadActor = { id: user.id, email: user.email, displayName: user.displayName, role: 'lead', center: null, language: 'en', sessionTokenHash: '' };
  }, 120_000);
  afterAll(async () => {
    await testApp?.close();
  });

  it('exports transcripts, codebook, codings and memos as a project valid against Project.xsd, the same each time', async () => {
    const dataSource = db();
    const { transcript } = await storeTranscript(dataSource, {
      participantCode: (await participantsOf('RUMC'))[0].code,
      language: 'nl',
      lines: ['I: Wat vindt u van AI?', 'P: Als het uitgelegd wordt 👍 vertrouw ik het & <meer> "dan" dat.', 'P: Kosten maken mij niet uit.'],
      createdBy: leadActor.id,
    });
    const codes = await dataSource.getRepository(Code).find({ order: { key: 'ASC' }, take: 2 });
    const text = transcript.text;
    const at = (needle: string) => {
      const utf16 = text.indexOf(needle);
      const start = [...text.slice(0, utf16)].length;
      return { start, end: start + [...needle].length };
    };
    for (const [code, needle] of [
      [codes[0], 'vertrouw ik het & <meer>'],
      [codes[1], 'vertrouw ik het & <meer>'],
      [codes[1], 'Kosten maken mij niet uit.'],
    ] as const) {
      const response = await post(`/api/transcripts/${transcript.id}/codings`, lead, { codeId: code.id, ...at(needle), memo: 'Let op 👍' });
      expect(response.statusCode, response.body).toBe(201);
    }
    expect((await post('/api/memos', lead, { targetType: 'transcript', targetId: transcript.id, text: 'Transcript memo' })).statusCode).toBe(201);
    expect((await post('/api/memos', lead, { targetType: 'project', text: 'Project memo' })).statusCode).toBe(201);

    const first = await exportProject();
    const second = await exportProject();
    expect(second.equals(first)).toBe(true);
    const xml = readZipEntryWithNode(first, 'project.qde').toString('utf8');
    expect(readZipEntryWithNode(first, `sources/${transcript.id}.txt`).toString('utf8')).toBe(text);
    expect(xml).toContain('<User guid=');
    expect(xml).not.toMatch(/@polyphony\.demo|Demo Lead/);
    expect(xml).toMatch(/name="Coder \d+"/);
    if (!hasXmllint) {
      console.warn('xmllint is not installed (/usr/bin/xmllint); skipping the XSD validation of the .qdpx export');
      return;
    }
    const { valid, output } = validateWithXmllint(xml, SCHEMA);
    expect(valid, output).toBe(true);
  });

  it('exports only the center of a center-scoped researcher', async () => {
    const sourcesOf = async (actor: Actor) => [...readZipEntryWithNode(await exportProject(actor), 'project.qde').toString('utf8').matchAll(/<TextSource guid="([^"]+)"/g)].map((m) => m[1]).sort();
    const transcripts = await db().getRepository(Transcript).find({ select: { id: true, centerCode: true } });
    const ofCenter = (center: string | null) => transcripts.filter((t) => center === null || t.centerCode === center).map((t) => t.id).sort();
    expect(await sourcesOf(leadActor)).toEqual(ofCenter(null));
    expect(await sourcesOf({ ...leadActor, role: 'researcher', center: 'RUMC' })).toEqual(ofCenter('RUMC'));
    expect(ofCenter('RUMC').length).toBeLessThan(ofCenter(null).length);
  });

  it('keeps every coding at the same text through an export → import round trip', async () => {
    const exported = await exportProject();
    const dataSource = db();
    const codedTextByCode = async (transcriptIds: string[]) => {
      const rows = await dataSource
        .getRepository(Coding)
        .createQueryBuilder('c')
        .innerJoin(Code, 'code', 'code.id = c.code_id')
        .select(["code.name->>'en' AS key", 'c.passage AS passage'])
        .where('c.transcript_id IN (:...ids)', { ids: transcriptIds })
        .getRawMany<{ key: string; passage: string }>();
      const byCode = new Map<string, string[]>();
      // Per code name (names are how an import finds codes); a passage two coders coded alike is one coding after import.
      for (const row of rows) byCode.set(row.key, [...new Set([...(byCode.get(row.key) ?? []), row.passage])].sort());
      return Object.fromEntries([...byCode.entries()].sort());
    };
    const originalIds = (await dataSource.getRepository(Transcript).find({ select: { id: true } })).map((t) => t.id);
    const original = await codedTextByCode(originalIds);
    const file = { fileName: 'polyphony.qdpx', contentBase64: base64(exported) };
    const preview = (await post('/api/refi-qda/preview', lead, file)).json<QdpxPreview>();
    expect(preview.tool).toBe('Polyphony');
    expect(preview.codes.every((code) => code.existing)).toBe(true);
    const [participant] = await participantsOf('UKD');
    const response = await post('/api/refi-qda/import', lead, {
      ...file,
      language: 'en',
      sources: preview.sources.map((source) => ({ guid: source.guid, participantId: participant.id, language: 'de', interviewMonth: '2026-01', replacements: [] })),
    });
    expect(response.statusCode, response.body).toBe(201);
    const summary = response.json<QdpxImportSummary>();
    expect(summary.codesCreated).toBe(0);
    expect(await codedTextByCode(summary.transcripts.map((t) => t.id))).toEqual(original);
  }, 120_000);

  it('imports the NVivo sample: its text sources, codebook and codings, coders as "Coder n"', async () => {
    const expected = countsOf(NVIVO);
    const file = { fileName: 'nvivo12-vaccine-attitudes.qdpx', contentBase64: base64(readFileSync(NVIVO)) };
    const previewResponse = await post('/api/refi-qda/preview', researcher, file);
    expect(previewResponse.statusCode, previewResponse.body).toBe(200);
    const preview = previewResponse.json<QdpxPreview>();
    expect(preview.tool).toBe('NVivo');
    expect(preview.sources).toHaveLength(expected.textSources);
    expect(preview.codes).toHaveLength(expected.codes);
    expect(preview.codings).toBe(expected.textCodings);
    expect(preview.coders.map((c) => c.label)).toEqual(['Coder 1', 'Coder 2']);
    expect(preview.notCarried).toEqual([]);
    expect(previewResponse.body).not.toContain(expected.userNames[0]);

    const before = await counts();
    const [first, second] = await participantsOf('RUMC');
    const response = await post('/api/refi-qda/import', researcher, {
      ...file,
      language: 'en',
      sources: preview.sources.map((source, index) => ({
        guid: source.guid,
        participantId: (index === 0 ? first : second).id,
        language: 'nl',
        interviewMonth: '2025-06',
        // The first suggested replacement, to show codings move with the text.
        replacements: source.candidates.slice(0, 1).map((c) => ({ start: c.start, end: c.end, placeholder: '[NAME-1]' })),
      })),
    });
    expect(response.statusCode, response.body).toBe(201);
    const summary = response.json<QdpxImportSummary>();
    expect(summary.transcripts).toHaveLength(expected.textSources);
    expect(summary.codesCreated + summary.codesMatched).toBe(expected.codes + (summary.codesCreated > 0 ? 1 : 0));
    expect(summary.codings).toBe(expected.textCodings);
    const after = await counts();
    expect(after.transcripts - before.transcripts).toBe(expected.textSources);
    expect(after.codings - before.codings).toBe(expected.textCodings);
    // A coding NVivo counted in UTF-16 units lands on the same words (here: after emoji in the text).
    const codings = await db().getRepository(Coding).find({ where: { transcriptId: summary.transcripts[1].id }, order: { startCp: 'DESC' }, take: 3 });
    for (const coding of codings) expect(coding.passage).toMatch(/^[\p{Lu}\p{N}"“„(-]/u);
    const audit = await db().getRepository(AuditEvent).find({ order: { id: 'DESC' }, take: 5 });
    for (const name of expected.userNames) expect(JSON.stringify(audit)).not.toContain(name);
  }, 120_000);

  it('imports the ATLAS.ti sample: codebook and notes, and reports what could not be carried over', async () => {
    const expected = countsOf(ATLAS);
    const file = { fileName: 'atlasti8-test-project.qdpx', contentBase64: base64(readFileSync(ATLAS)) };
    const preview = (await post('/api/refi-qda/preview', lead, file)).json<QdpxPreview>();
    expect(preview.tool).toBe('ATLAS.ti');
    expect(preview.codes).toHaveLength(expected.codes);
    // The sample ships no source texts (its Sources/ folder is empty): every text source is reported.
    expect(preview.sources).toHaveLength(0);
    const reasons = preview.notCarried.map((item) => item.reason);
    expect(reasons.filter((r) => r === 'source_text_missing')).toHaveLength(expected.textSources);
    expect(reasons.filter((r) => r === 'non_text_source')).toHaveLength(expected.nonTextSources);
    expect(reasons).toEqual(expect.arrayContaining(['sets', 'graphs', 'links']));

    const before = await counts();
    const response = await post('/api/refi-qda/import', lead, { ...file, language: 'en', sources: [] });
    expect(response.statusCode, response.body).toBe(201);
    const summary = response.json<QdpxImportSummary>();
    expect(summary.codesCreated + summary.codesMatched).toBe(expected.codes + 1);
    expect(summary.memos).toBe(2);
    const after = await counts();
    expect(after.codes - before.codes).toBe(summary.codesCreated);
    expect(after.memos - before.memos).toBe(2);
    const parent = await db().getRepository(Code).findOneByOrFail({ key: 'imported-atlas-ti' });
    expect(parent.name.en).toBe('Imported: ATLAS.ti');
  });

  describe('hostile files are refused and store nothing', () => {
    const refuse = async (bytes: Buffer, status: number, code: string) => {
      const before = await counts();
      for (const url of ['/api/refi-qda/preview', '/api/refi-qda/import']) {
        const response = await post(url, lead, { fileName: 'x.qdpx', contentBase64: base64(bytes), ...(url.endsWith('import') ? { language: 'en', sources: [] } : {}) });
        expect(response.statusCode, response.body).toBe(status);
        expect(response.json<{ error: { code: string } }>().error.code).toBe(code);
      }
      expect(await counts()).toEqual(before);
    };

    it('refuses a file that is not a zip', () => refuse(Buffer.from('<Project/>'), 415, 'REFI_QDA_NOT_A_ZIP'));

    it('refuses a zip bomb (an entry that expands beyond the limit)', async () => {
      const bomb = await zipOf([{ name: 'project.qde', data: Buffer.alloc(40 * 1024 * 1024, 0x20) }]);
      expect(bomb.length).toBeLessThan(200_000);
      await refuse(bomb, 413, 'REFI_QDA_TOO_LARGE');
    });

    it('refuses XML with a DOCTYPE and entities', async () => {
      const xml = '<?xml version="1.0"?><!DOCTYPE Project [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;">]><Project xmlns="urn:QDA-XML:project:1.0" name="&b;"/>';
      await refuse(await zipOf([{ name: 'project.qde', data: Buffer.from(xml) }]), 422, 'REFI_QDA_INVALID_XML');
    });

    it('refuses an archive without a project document, and malformed XML', async () => {
      await refuse(await zipOf([{ name: 'sources/a.txt', data: Buffer.from('hello') }]), 422, 'REFI_QDA_NO_PROJECT');
      await refuse(await zipOf([{ name: 'project.qde', data: Buffer.from('<Project><Users></Project>') }]), 422, 'REFI_QDA_INVALID_XML');
    });

    it('refuses an entry whose declared size lies', async () => {
      const honest = await zipOf([{ name: 'project.qde', data: Buffer.from('<Project name="x"/>'), compress: false }]);
      // Shrink the declared sizes in the local header and the central directory: yauzl notices the mismatch.
      const lying = Buffer.from(honest);
      const central = lying.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
      lying.writeUInt32LE(5, central + 24);
      lying.writeUInt32LE(5, central + 20);
      lying.writeUInt32LE(5, 22);
      lying.writeUInt32LE(5, 18);
      const before = await counts();
      const response = await post('/api/refi-qda/preview', lead, { fileName: 'x.qdpx', contentBase64: base64(lying) });
      expect(response.statusCode).toBeGreaterThanOrEqual(400);
      expect(response.statusCode).toBeLessThan(500);
      expect(await counts()).toEqual(before);
    });
  });

  it('lets only leads and researchers import', async () => {
    const staff = await signIn(testApp.request, 'staff.rumc@polyphony.demo');
    const response = await post('/api/refi-qda/preview', staff, { fileName: 'x.qdpx', contentBase64: base64(Buffer.from('x')) });
    expect(response.statusCode).toBe(403);
  });
});
