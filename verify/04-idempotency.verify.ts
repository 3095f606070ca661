import { randomUUID } from 'node:crypto';
import { afterAll, describe, it } from 'vitest';
import { ApiProcess } from './support/api-process.js';
import { clinicianAnswers, completedSubmission, rawRequest, signIn, surveyFixture, type Session } from './support/client.js';
import { inPool } from './support/pool.js';
import { createDatabase, withClient, type ServerDatabase } from './support/postgres.js';
import { Verdicts } from './support/results.js';

const SUBMISSIONS = 1000;
const CHECK = '4 idempotency';

describe(CHECK, () => {
  let db: ServerDatabase | undefined;
  let api: ApiProcess | undefined;
  afterAll(async () => {
    await api?.stop();
    await db?.drop();
  });

  it('stores 1 000 submissions sent 1–3 times each exactly once, and refuses a changed completed payload', async () => {
    const verdicts = new Verdicts(CHECK);
    db = await createDatabase();
    api = await ApiProcess.start({ databaseUrl: db.url, env: { LOG_LEVEL: 'warn' } });
    const lead: Session = await signIn(api.url, 'lead@polyphony.demo');
    const fixture = await surveyFixture(api.url, lead, 10);
    const put = (id: string, body: string) => rawRequest(`${api!.url}/api/responses/${id}`, 'PUT', { ...lead, 'content-type': 'application/json' }, body);

    const submissions = Array.from({ length: SUBMISSIONS }, (_, n) => completedSubmission(randomUUID(), fixture.participantIds[n % 10], fixture.instrumentVersionId, `idempotency ${n}`, n));
    let sends = 0;
    const statuses = new Map<number, number>();
    const started = performance.now();
    await inPool(submissions, 40, async (submission, n) => {
      const copies = 1 + (n % 3);
      sends += copies;
      // The copies race each other: same UUID, same body, at the same moment.
      const replies = await Promise.all(Array.from({ length: copies }, () => put(submission.id, submission.body)));
      for (const reply of replies) statuses.set(reply.status, (statuses.get(reply.status) ?? 0) + 1);
    });
    const seconds = (performance.now() - started) / 1000;
    const rows = await withClient(db.url, async (client) => {
      const { rows: [row] } = await client.query<{ stored: number; distinct_markers: number }>(
        `SELECT count(*)::int AS stored, count(DISTINCT data->>'comments')::int AS distinct_markers FROM survey_response WHERE participant_id = ANY($1::uuid[])`,
        [fixture.participantIds],
      );
      return row;
    });
    const non2xx = [...statuses.entries()].filter(([s]) => s < 200 || s >= 300).reduce((sum, [, c]) => sum + c, 0);
    verdicts.figure(`${rows.stored} rows (${rows.distinct_markers} distinct submissions) for ${SUBMISSIONS} submissions sent ${sends} times concurrently in ${seconds.toFixed(1)} s; statuses ${JSON.stringify(Object.fromEntries(statuses))}`, rows.stored === SUBMISSIONS && rows.distinct_markers === SUBMISSIONS && non2xx === 0);

    // The same UUID with a different completed payload: never a silent overwrite, never a 2xx.
    const changed = submissions.slice(0, 200);
    const conflictStatuses = new Map<number, number>();
    await inPool(changed, 20, async (submission, n) => {
      const body = JSON.stringify({ instrumentVersionId: fixture.instrumentVersionId, participantId: submission.participantId, data: clinicianAnswers(`changed ${n}`, n + 1), status: 'completed', revision: n % 2 === 0 ? 0 : 1 });
      const reply = await put(submission.id, body);
      conflictStatuses.set(reply.status, (conflictStatuses.get(reply.status) ?? 0) + 1);
    });
    const refused = (conflictStatuses.get(409) ?? 0) + (conflictStatuses.get(422) ?? 0);
    const unchanged = await withClient(db.url, async (client) => {
      const { rows: [row] } = await client.query<{ kept: number }>(`SELECT count(*)::int AS kept FROM survey_response WHERE id = ANY($1::uuid[]) AND data->>'comments' LIKE 'idempotency %'`, [changed.map((s) => s.id)]);
      return row.kept;
    });
    verdicts.figure(`same UUID, different completed payload: ${refused}/${changed.length} refused with 409/422 (${JSON.stringify(Object.fromEntries(conflictStatuses))}), ${unchanged}/${changed.length} stored answers unchanged`, refused === changed.length && unchanged === changed.length);
    verdicts.assertAll();
  });
});
