import { randomUUID } from 'node:crypto';
import { completedSubmission, newTally, submitUntilStored, type Session, type Submission, type SubmitTally } from './client.js';
import { inPool } from './pool.js';
import { withClient } from './postgres.js';

export interface WriterRun {
  submissions: Submission[];
  tally: SubmitTally;
  seconds: number;
}

/** `count` completed responses, each under its own client-made UUID and a unique marker in its free text. */
export function makeSubmissions(count: number, participantIds: string[], instrumentVersionId: string, label: string): Submission[] {
  return Array.from({ length: count }, (_, n) => completedSubmission(randomUUID(), participantIds[n % participantIds.length], instrumentVersionId, `${label} ${n} ${randomUUID()}`, n));
}

/** `concurrency` clients submit everything, each retrying until stored (see submitUntilStored). */
export async function runWriters(baseUrl: () => string, session: Session, submissions: Submission[], concurrency: number, tally: SubmitTally = newTally()): Promise<WriterRun> {
  const started = performance.now();
  await inPool(submissions, concurrency, (submission) => submitUntilStored(baseUrl, session, submission, tally));
  return { submissions, tally, seconds: (performance.now() - started) / 1000 };
}

export interface Accounting {
  acknowledged: number;
  stored: number;
  /** Acknowledged with a 2xx, and not in the database afterwards. */
  lost: number;
  /** Submissions stored more than once (the same marker in two rows). */
  duplicates: number;
  /** Never acknowledged, even after all retries. */
  unacknowledged: number;
}

/** Compares what clients were told with what the PostgreSQL database holds. */
export async function accountOnServer(databaseUrl: string, run: WriterRun): Promise<Accounting> {
  return withClient(databaseUrl, async (client) => {
    const ids = run.submissions.map((s) => s.id);
    const markers = run.submissions.map((s) => s.marker);
    const { rows: stored } = await client.query<{ id: string }>(`SELECT id FROM survey_response WHERE id = ANY($1::uuid[])`, [ids]);
    const { rows: dup } = await client.query<{ extra: number }>(
      `SELECT coalesce(sum(n - 1), 0)::int AS extra FROM (SELECT count(*) AS n FROM survey_response WHERE data->>'comments' = ANY($1::text[]) GROUP BY data->>'comments') c`,
      [markers],
    );
    const storedIds = new Set(stored.map((r) => r.id));
    return {
      acknowledged: run.tally.acknowledged.size,
      stored: storedIds.size,
      lost: [...run.tally.acknowledged].filter((id) => !storedIds.has(id)).length,
      duplicates: dup[0]?.extra ?? 0,
      unacknowledged: run.submissions.length - run.tally.acknowledged.size,
    };
  });
}

export function describeAccounting(a: Accounting): string {
  return `acknowledged ${a.acknowledged}, stored ${a.stored}, acknowledged-then-lost ${a.lost}, duplicates ${a.duplicates}, never acknowledged ${a.unacknowledged}`;
}
