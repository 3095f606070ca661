import { Document, Packer, Paragraph } from 'docx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataSource } from 'typeorm';
import { startTestApp, type TestApp } from '../../test/support/test-app.js';
import { signIn, type SignedInHeaders } from '../../test/support/sign-in.js';

async function docxBase64(lines: string[]): Promise<string> {
  const document = new Document({ sections: [{ children: lines.map((line) => new Paragraph(line)) }] });
  return (await Packer.toBuffer(document)).toString('base64');
}

interface Preview {
  text: string;
  segments: Array<{ start: number; end: number; role: string; speakerLabel: string | null }>;
  candidates: Array<{ start: number; end: number; text: string; kind: string; suggestion: string }>;
  suggestedLanguage: { language: string };
}

describe('transcript import', () => {
  let t: TestApp;
  let researcher: SignedInHeaders;
  let participantId: string;
  const interview = [
    'Interviewer: Goedemiddag, fijn dat u er bent. Hoe kijkt u aan tegen AI bij uw scans?',
    'P: Mijn naam is Anna de Vries en ik ben behandeld in het Radboudumc. Ik vertrouw mijn arts.',
    'Interviewer: Wanneer was uw laatste scan?',
    'P: Op 12 maart 2024. U kunt mij bellen op 06-12345678 of mailen naar anna@example.nl.',
  ];

  beforeAll(async () => {
    t = await startTestApp();
    researcher = await signIn(t.request, 'researcher@polyphony.demo');
    const participants = (await t.request({ method: 'GET', url: '/api/participants?search=RUMC-P', headers: researcher })).json() as { items: Array<{ id: string }> };
    participantId = participants.items[0]!.id;
  });
  afterAll(() => t.close());

  it('previews a Dutch docx: speaker turns, likely identifiers and the language, storing nothing', async () => {
    const contentBase64 = await docxBase64(interview);
    const countTranscripts = async () => (await t.app.get(DataSource).query<Array<{ n: number }>>('SELECT count(*)::int AS n FROM transcript'))[0]!.n;
    const before = await countTranscripts();
    const response = await t.request({ method: 'POST', url: '/api/transcripts/preview', headers: researcher, payload: { fileName: 'interview.docx', contentBase64, names: ['Anna de Vries'] } });
    expect(response.statusCode, response.body).toBe(200);
    const preview = response.json() as Preview;
    expect(preview.segments.map((s) => s.role)).toEqual(['interviewer', 'participant', 'interviewer', 'participant']);
    expect(preview.suggestedLanguage.language).toBe('nl');
    const kinds = preview.candidates.map((c) => c.kind);
    expect(kinds).toEqual(expect.arrayContaining(['name', 'date', 'phone', 'email']));
    expect(await countTranscripts()).toBe(before);
  });

  it('stores only the pseudonymized text, shifts the segments, and remembers names by hash only', async () => {
    const contentBase64 = await docxBase64(interview);
    const preview = (await t.request({ method: 'POST', url: '/api/transcripts/preview', headers: researcher, payload: { fileName: 'interview.docx', contentBase64, names: ['Anna de Vries'] } })).json() as Preview;
    const replacements = preview.candidates.map((c) => ({ start: c.start, end: c.end, placeholder: c.suggestion.replace('?', '1') }));
    const created = await t.request({
      method: 'POST',
      url: '/api/transcripts',
      headers: researcher,
      payload: { participantId, language: 'nl', interviewMonth: '2026-10', fileName: 'interview.docx', contentBase64, replacements, rememberTerms: [{ text: 'Anna de Vries', placeholder: '[NAME-1]', kind: 'name' }] },
    });
    expect(created.statusCode, created.body).toBe(201);
    const { id } = created.json() as { id: string };
    const stored = (await t.request({ method: 'GET', url: `/api/transcripts/${id}`, headers: researcher })).json() as { text: string; segments: Array<{ start: number; end: number }> };
    expect(stored.text).not.toMatch(/Anna|06-12345678|anna@example\.nl|12 maart 2024/);
    expect(stored.text).toContain('[NAME-1]');
    const codePoints = [...stored.text];
    expect(codePoints.slice(stored.segments[1]!.start, stored.segments[1]!.end).join('')).toMatch(/^Mijn naam is \[NAME-1\]/);
    const dump = JSON.stringify(await t.app.get(DataSource).query('SELECT * FROM pseudonym_term'));
    expect(dump).not.toContain('Anna');

    // The next transcript recognises the remembered name by its hash.
    const next = await docxBase64(['Interviewer: Hoe gaat het?', 'P: Goed. Anna de Vries is mijn zus.']);
    const again = (await t.request({ method: 'POST', url: '/api/transcripts/preview', headers: researcher, payload: { fileName: 'second.docx', contentBase64: next } })).json() as Preview;
    expect(again.candidates).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'known', suggestion: '[NAME-1]' })]));
  });

  it.each([
    { name: 'an empty file', fileName: 'empty.txt', content: '', code: 'TRANSCRIPT_EMPTY', status: 422 },
    { name: 'a PNG image', fileName: 'scan.txt', content: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]).toString('base64'), code: 'TRANSCRIPT_BINARY', status: 415 },
    { name: 'a PDF', fileName: 'interview.pdf', content: Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj').toString('base64'), code: 'TRANSCRIPT_BINARY', status: 415 },
  ])('refuses $name with a clear, localized error and stores nothing', async ({ fileName, content, code, status }) => {
    const response = await t.request({ method: 'POST', url: '/api/transcripts/preview', headers: { ...researcher, 'accept-language': 'de' }, payload: { fileName, contentBase64: content, names: [] } });
    expect(response.statusCode).toBe(status);
    const body = response.json() as { error: { code: string; message: string } };
    expect([code, 'TRANSCRIPT_UNSUPPORTED_FORMAT']).toContain(body.error.code);
    expect(body.error.message).toMatch(/Datei|Dateityp/);
  });
});
