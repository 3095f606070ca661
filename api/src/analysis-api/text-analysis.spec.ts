import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataSource } from 'typeorm';
import { startTestApp, type TestApp } from '../../test/support/test-app.js';
import { signIn, type SignedInHeaders } from '../../test/support/sign-in.js';
import { storeTranscript } from '../../test/support/transcript-factory.js';
import { User } from '../identity/user.entity.js';
import { Instrument } from '../instruments/instrument.entity.js';
import { InstrumentVersion } from '../instruments/instrument-version.entity.js';
import { Participant } from '../participants/participant.entity.js';
import { SurveyResponse } from '../responses/survey-response.entity.js';
import { buildDataDictionary } from '../surveys/data-dictionary.js';
import { coveredPieces } from './text-analysis.documents.js';
import { freeTextKeysOf } from './text-analysis.service.js';

interface Frequencies {
  documents: number;
  tokens: number;
  items: Array<{ term: string; count: number; forms: Array<{ form: string; count: number }> }>;
}
interface Kwic {
  total: number;
  items: Array<{ source: string; transcriptId?: string; responseId?: string; start: number; end: number; left: string; keyword: string; right: string }>;
}

describe('text analysis endpoints', () => {
  let t: TestApp;
  let lead: SignedInHeaders;
  let researcher: SignedInHeaders;
  let coder2: SignedInHeaders;
  let trento: SignedInHeaders;
  let patientTranscript: string;
  let codeId: string;
  // The demo seed may hold interviews and answers of its own: counts are checked as what the fixtures add.
  let before: Record<'transcripts' | 'responses' | 'italian', Frequencies>;
  const count = (body: Frequencies, term: string) => body.items.find((item) => item.term === term)?.count ?? 0;
  // Stems differ by language ("comput" in English); a word form finds its stem in any language.
  const countForm = (body: Frequencies, form: string) => body.items.find((item) => item.forms.some((f) => f.form === form))?.count ?? 0;
  const get = async <T>(headers: SignedInHeaders, url: string): Promise<T> => {
    const response = await t.request({ method: 'GET', url, headers });
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as T;
  };

  beforeAll(async () => {
    t = await startTestApp();
    [lead, researcher, coder2, trento] = await Promise.all(
      ['lead@polyphony.demo', 'researcher@polyphony.demo', 'coder2@polyphony.demo', 'researcher.unitn@polyphony.demo'].map((email) => signIn(t.request, email)),
    );
    const dataSource = t.app.get(DataSource);
    const createdBy = (await dataSource.getRepository(User).findOneByOrFail({ email: 'researcher@polyphony.demo' })).id;
    // The demo's one English interview goes, so coded-passage counts below are the fixtures' alone.
    await dataSource.query("DELETE FROM transcript WHERE language = 'en'");
    before = {
      transcripts: await get<Frequencies>(lead, '/api/analysis/text/frequencies?language=en&limit=500'),
      responses: await get<Frequencies>(lead, '/api/analysis/text/frequencies?language=en&source=responses&limit=500'),
      italian: await get<Frequencies>(lead, '/api/analysis/text/frequencies?language=it&limit=500'),
    };
    // "computer" four times in English interviews, once said by the interviewer (never counted).
    ({ transcript: { id: patientTranscript } } = await storeTranscript(dataSource, {
      participantCode: 'RUMC-P-0001',
      language: 'en',
      lines: ['I: Do you trust the computer?', 'P: I trust the computer when the doctor explains it.', 'P: The computer must explain why.'],
      createdBy,
    }));
    await storeTranscript(dataSource, { participantCode: 'RUMC-R-0001', language: 'en', lines: ['P: The computer is fast.', 'P: Speed matters.'], createdBy });
    await storeTranscript(dataSource, { participantCode: 'UNITN-P-0001', language: 'it', lines: ['P: Il computer aiuta il medico.'], createdBy });

    codeId = ((await t.request({ method: 'GET', url: '/api/codebook', headers: lead })).json() as { items: Array<{ id: string }> }).items[0]!.id;
    // The researcher codes "The computer must" (offsets 86–103) blind: the second coder must not see it.
    const coded = await t.request({ method: 'POST', url: `/api/transcripts/${patientTranscript}/codings`, headers: researcher, payload: { codeId, start: 86, end: 103 } });
    expect(coded.statusCode, coded.body).toBe(201);

    // Free-text answers: one completed response counts, an unfinished one does not.
    const instrument = await dataSource.getRepository(Instrument).save({ key: `text-test-${randomUUID()}`, title: { en: 'Text test' }, targetGroups: ['patient'] });
    const definition = {
      pages: [{ name: 'p1', elements: [{ type: 'comment', name: 'why' }, { type: 'text', name: 'age', inputType: 'number' }, { type: 'rating', name: 'trust' }] }],
    };
    const version = await dataSource.getRepository(InstrumentVersion).save({ instrumentId: instrument.id, version: 1, status: 'published', definition, languages: ['en'], consent: null, checksum: null });
    const participant = await dataSource.getRepository(Participant).findOneByOrFail({ code: 'RUMC-P-0002' });
    const response = (status: 'completed' | 'in_progress', data: Record<string, unknown>) => ({
      id: randomUUID(),
      instrumentVersionId: version.id,
      participantId: participant.id,
      centerCode: 'RUMC',
      status,
      data,
      language: 'en',
      revision: 1,
      contentHash: '0'.repeat(64),
      startedAt: new Date(),
      updatedAt: new Date(),
      completedAt: status === 'completed' ? new Date() : null,
    });
    await dataSource.getRepository(SurveyResponse).save([
      response('completed', { why: 'The computer helps me.', age: 54, trust: 4 }),
      response('in_progress', { why: 'computer computer computer' }),
    ]);
  }, 180_000);
  afterAll(() => t.close());

  it('counts stems of participant turns only, per language', async () => {
    const body = await get<Frequencies>(lead, '/api/analysis/text/frequencies?language=en&limit=500');
    expect(body.documents - before.transcripts.documents).toBe(4);
    expect(body.tokens - before.transcripts.tokens).toBe(10);
    expect(count(body, 'comput') - count(before.transcripts, 'comput')).toBe(3);
    expect(count(body, 'explain') - count(before.transcripts, 'explain')).toBe(2);
    expect(count(body, 'trust') - count(before.transcripts, 'trust')).toBe(1);
    expect(body.items.find((item) => item.term === 'explain')?.forms).toEqual(expect.arrayContaining([{ form: 'explains', count: 1 }, { form: 'explain', count: 1 }]));
    const italian = await get<Frequencies>(lead, '/api/analysis/text/frequencies?language=it&limit=500');
    expect(countForm(italian, 'computer') - countForm(before.italian, 'computer')).toBe(1);
  });

  it('filters by group and reads free-text answers of completed responses only', async () => {
    const radiologists = await get<Frequencies>(lead, '/api/analysis/text/frequencies?language=en&group=radiologist&limit=500');
    expect(count(radiologists, 'fast')).toBe(1);
    expect(count(radiologists, 'trust')).toBe(count(before.transcripts, 'trust'));
    const answers = await get<Frequencies>(lead, '/api/analysis/text/frequencies?language=en&source=responses&limit=500');
    expect(answers.documents - before.responses.documents).toBe(1);
    expect(count(answers, 'comput') - count(before.responses, 'comput')).toBe(1);
    expect(count(answers, 'help') - count(before.responses, 'help')).toBe(1);
    const all = await get<Frequencies>(lead, '/api/analysis/text/frequencies?language=en&source=all&limit=500');
    expect(count(all, 'comput') - count(before.transcripts, 'comput') - count(before.responses, 'comput')).toBe(4);
  });

  it('lists every occurrence in context with offsets into the transcript', async () => {
    const body = await get<Kwic>(researcher, '/api/analysis/text/keyword-in-context?language=en&term=computers&source=all&limit=1000');
    const mine = body.items.filter((item) => item.source === 'response' || item.transcriptId === patientTranscript);
    const first = mine.find((item) => item.transcriptId === patientTranscript);
    expect(first).toMatchObject({ source: 'transcript', keyword: 'computer', left: 'P: I trust the ', right: ' when the doctor explains it' });
    // "computer" in the first participant turn: 29 code points of the interviewer line, the newline, then 15 more.
    expect([first!.start, first!.end]).toEqual([45, 53]);
    expect(mine.filter((item) => item.source === 'transcript')).toHaveLength(2);
    expect(body.total - count(before.transcripts, 'comput') - count(before.responses, 'comput')).toBe(4);
  });

  it('keeps to the center scope and to blind coding', async () => {
    // Trento's researcher sees none of the RUMC interviews, but the Trento one.
    const scoped = await get<Frequencies>(trento, '/api/analysis/text/frequencies?language=en&limit=500');
    expect([count(scoped, 'comput'), count(scoped, 'fast')]).toEqual([0, 0]);
    const scopedKwic = await get<Kwic>(trento, '/api/analysis/text/keyword-in-context?language=en&term=computer&source=all');
    expect(scopedKwic.items.some((item) => item.transcriptId === patientTranscript)).toBe(false);
    expect(countForm(await get<Frequencies>(trento, '/api/analysis/text/frequencies?language=it&limit=500'), 'computer')).toBeGreaterThanOrEqual(1);

    const byCode = `/api/analysis/text/frequencies?language=en&limit=500&codeId=${codeId}`;
    expect(count(await get<Frequencies>(researcher, byCode), 'comput')).toBe(1);
    expect(count(await get<Frequencies>(lead, byCode), 'comput')).toBe(1);
    expect(count(await get<Frequencies>(coder2, byCode), 'comput')).toBe(0);
  });

  it('ranks distinctive terms of one group against the rest and names the method', async () => {
    const body = await get<{ method: string; targetDocuments: number; referenceDocuments: number; items: Array<{ term: string; form: string; targetCount: number; referenceCount: number; logLikelihood: number; direction: string }> }>(
      lead,
      '/api/analysis/text/distinctive-terms?language=en&dimension=group&target=radiologist&minCount=1&limit=500',
    );
    expect(body.method).toContain('log-likelihood');
    expect(body.targetDocuments).toBeGreaterThanOrEqual(2);
    expect(body.referenceDocuments).toBeGreaterThanOrEqual(2);
    expect(body.items.find((item) => item.term === 'speed')).toMatchObject({ form: 'speed', targetCount: 1, direction: 'over' });
    expect(body.items.every((item) => item.logLikelihood >= 0)).toBe(true);
  });

  it('refuses bad input with 400 and other roles with 403', async () => {
    expect((await t.request({ method: 'GET', url: '/api/analysis/text/frequencies?language=xx', headers: lead })).statusCode).toBe(400);
    expect((await t.request({ method: 'GET', url: '/api/analysis/text/keyword-in-context?language=nl', headers: lead })).statusCode).toBe(400);
    expect((await t.request({ method: 'GET', url: '/api/analysis/text/distinctive-terms?language=nl&dimension=language&target=nl', headers: lead })).statusCode).toBe(400);
    const staff = await signIn(t.request, 'staff.rumc@polyphony.demo');
    expect((await t.request({ method: 'GET', url: '/api/analysis/text/frequencies?language=nl', headers: staff })).statusCode).toBe(403);
  });
});

describe(coveredPieces.name, () => {
  it.each([
    { name: 'no ranges', ranges: [], expected: [] },
    { name: 'a range inside', ranges: [{ start: 12, end: 15 }], expected: [{ start: 12, text: 'cde' }] },
    { name: 'overlapping ranges merge', ranges: [{ start: 11, end: 13 }, { start: 12, end: 14 }], expected: [{ start: 11, text: 'bcd' }] },
    { name: 'ranges clipped to the segment', ranges: [{ start: 0, end: 11 }, { start: 18, end: 40 }], expected: [{ start: 10, text: 'a' }, { start: 18, text: '😀h' }] },
  ])('$name', ({ ranges, expected }) => {
    expect(coveredPieces('abcdefgh😀h', 10, ranges)).toEqual(expected);
  });
});

describe(freeTextKeysOf.name, () => {
  it('keeps comment questions, plain text inputs and comment boxes; not numbers or ratings', () => {
    const dictionary = buildDataDictionary({
      pages: [
        {
          name: 'p',
          elements: [
            { type: 'comment', name: 'why' },
            { type: 'text', name: 'remark' },
            { type: 'text', name: 'age', inputType: 'number' },
            { type: 'rating', name: 'trust' },
            { type: 'radiogroup', name: 'pick', choices: ['a'], showCommentArea: true },
          ],
        },
      ],
    });
    expect(freeTextKeysOf(dictionary)).toEqual(['why', 'remark', 'pick-Comment']);
  });
});
