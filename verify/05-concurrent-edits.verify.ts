import { randomUUID } from 'node:crypto';
import { afterAll, describe, it } from 'vitest';
import { call, clinicianAnswers, signIn, surveyFixture } from './support/client.js';
import { Verdicts } from './support/results.js';
import { startStack, type Stack } from './support/stack.js';

const PAIRS = 100;
const CHECK = '5 concurrent edits';

interface PairOutcome {
  statuses: number[];
  lostUpdate: boolean;
}

function tallyPairs(outcomes: PairOutcome[]): { exact: number; lost: number; statuses: Record<string, number> } {
  const statuses: Record<string, number> = {};
  let exact = 0;
  for (const outcome of outcomes) {
    for (const status of outcome.statuses) statuses[status] = (statuses[status] ?? 0) + 1;
    const ok = outcome.statuses.filter((s) => s >= 200 && s < 300).length;
    const conflict = outcome.statuses.filter((s) => s === 409 || s === 412).length;
    if (ok === 1 && conflict === 1) exact += 1;
  }
  return { exact, lost: outcomes.filter((o) => o.lostUpdate).length, statuses };
}

describe(CHECK, () => {
  let stack: Stack | undefined;
  afterAll(async () => stack?.close());

  it('lets exactly one of two simultaneous edits win, and keeps what the winner wrote', async () => {
    const verdicts = new Verdicts(CHECK);
    stack = await startStack();
    const url = stack.api.url;
    const [coderA, coderB, lead, staff] = await Promise.all(['researcher@polyphony.demo', 'coder2@polyphony.demo', 'lead@polyphony.demo', 'staff.ukm@polyphony.demo'].map((email) => signIn(url, email)));

    // Two coders edit the same codebook entry, each from the revision they both saw.
    const codebook = await call<{ items: Array<{ id: string; revision: number }> }>(url, 'GET', '/api/codebook', coderA);
    const code = codebook.body.items[0];
    const codeOutcomes: PairOutcome[] = [];
    for (let pair = 0; pair < PAIRS; pair += 1) {
      const current = await call<{ revision: number }>(url, 'GET', '/api/codebook', coderA).then((r) => (r.body as unknown as { items: Array<{ id: string; revision: number }> }).items.find((c) => c.id === code.id)!);
      const edits = [`Definition by coder A, round ${pair}`, `Definition by coder B, round ${pair}`];
      const replies = await Promise.all([coderA, coderB].map((session, i) => call<{ revision: number }>(url, 'PATCH', `/api/codebook/codes/${code.id}`, session, { revision: current.revision, definition: { en: edits[i] } })));
      const after = (await call<{ items: Array<{ id: string; revision: number; definition: { en?: string } }> }>(url, 'GET', '/api/codebook', coderA)).body.items.find((c) => c.id === code.id)!;
      const winner = replies.findIndex((r) => r.status === 200);
      codeOutcomes.push({ statuses: replies.map((r) => r.status), lostUpdate: winner < 0 || after.definition.en !== edits[winner] || after.revision !== current.revision + 1 });
    }
    const codes = tallyPairs(codeOutcomes);
    verdicts.figure(`codebook entry: ${codes.exact}/${PAIRS} pairs with exactly one success and one 409/412, lost updates ${codes.lost} (statuses ${JSON.stringify(codes.statuses)})`, codes.exact === PAIRS && codes.lost === 0);

    // Two staff members save the same response draft from the same revision.
    const fixture = await surveyFixture(url, lead, 1);
    const responseId = randomUUID();
    const participantId = fixture.participantIds[0];
    const draft = (comments: string, revision: number) => ({ instrumentVersionId: fixture.instrumentVersionId, participantId, status: 'in_progress', revision, data: { profession: 'radiologist', comments } });
    const created = await call<{ response: { revision: number } }>(url, 'PUT', `/api/responses/${responseId}`, lead, draft('first draft', 0));
    if (created.status !== 200) throw new Error(`draft: ${created.status} ${created.text}`);
    const draftOutcomes: PairOutcome[] = [];
    for (let pair = 0; pair < PAIRS; pair += 1) {
      const current = await call<{ revision: number; data: Record<string, unknown> }>(url, 'GET', `/api/responses/${responseId}`, lead);
      const edits = [`Draft by the lead, round ${pair}`, `Draft by site staff, round ${pair}`];
      const replies = await Promise.all([lead, staff].map((session, i) => call(url, 'PUT', `/api/responses/${responseId}`, session, draft(edits[i], current.body.revision))));
      const after = await call<{ revision: number; data: Record<string, unknown> }>(url, 'GET', `/api/responses/${responseId}`, lead);
      const winner = replies.findIndex((r) => r.status === 200);
      draftOutcomes.push({ statuses: replies.map((r) => r.status), lostUpdate: winner < 0 || after.body.data.comments !== edits[winner] || after.body.revision !== current.body.revision + 1 });
    }
    const drafts = tallyPairs(draftOutcomes);
    verdicts.figure(`response draft: ${drafts.exact}/${PAIRS} pairs with exactly one success and one 409/412, lost updates ${drafts.lost} (statuses ${JSON.stringify(drafts.statuses)})`, drafts.exact === PAIRS && drafts.lost === 0);

    // Completing from a stale revision is refused too: the completed answers are the ones the winner saw.
    const latest = await call<{ revision: number }>(url, 'GET', `/api/responses/${responseId}`, lead);
    const complete = (revision: number, marker: string) => ({ instrumentVersionId: fixture.instrumentVersionId, participantId, status: 'completed', revision, data: clinicianAnswers(marker) });
    const finals = await Promise.all([call(url, 'PUT', `/api/responses/${responseId}`, lead, complete(latest.body.revision, 'completed by the lead')), call(url, 'PUT', `/api/responses/${responseId}`, staff, complete(latest.body.revision, 'completed by staff'))]);
    const finalStatuses = finals.map((r) => r.status).sort();
    verdicts.figure(`simultaneous completions of one draft: statuses ${finalStatuses.join(', ')}`, finalStatuses.filter((s) => s === 200).length === 1 && finalStatuses.filter((s) => s === 409 || s === 412).length === 1);
    verdicts.assertAll();
  });
});
