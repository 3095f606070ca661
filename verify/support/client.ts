import { request as httpRequest } from 'node:http';
import { radiologistAnswers } from '../../api/test/support/clinician-answers.js';

export const DEMO_PASSWORD = 'polyphony-demo';

/** Headers of a signed-in browser: both cookies and the CSRF token echoed in its header. */
export type Session = Record<'cookie' | 'x-csrf-token', string>;

export async function signIn(baseUrl: string, email: string, password = DEMO_PASSWORD): Promise<Session> {
  const response = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (!response.ok) throw new Error(`sign-in of ${email} failed: ${response.status} ${await response.text()}`);
  const cookies = response.headers.getSetCookie().map((cookie) => cookie.split(';')[0] ?? '');
  const csrf = cookies.find((c) => c.startsWith('polyphony_csrf='))?.slice('polyphony_csrf='.length) ?? '';
  return { cookie: cookies.join('; '), 'x-csrf-token': decodeURIComponent(csrf) };
}

export interface JsonReply<T = unknown> {
  status: number;
  headers: Headers;
  body: T;
  text: string;
}

/** One API call on a fresh connection (see rawRequest), the body parsed as JSON when it is JSON. */
export async function call<T = unknown>(baseUrl: string, method: string, path: string, session?: Session, body?: unknown, extraHeaders: Record<string, string> = {}): Promise<JsonReply<T>> {
  const reply = await rawRequest(`${baseUrl}${path}`, method, { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...(session ?? {}), ...extraHeaders }, body === undefined ? undefined : JSON.stringify(body), 120_000);
  const headers = new Headers();
  for (const [name, value] of Object.entries(reply.headers)) {
    for (const item of Array.isArray(value) ? value : value === undefined ? [] : [value]) headers.append(name, item);
  }
  let parsed: unknown;
  try {
    parsed = reply.text ? JSON.parse(reply.text) : undefined;
  } catch {
    parsed = reply.text;
  }
  return { status: reply.status, headers, body: parsed as T, text: reply.text };
}

export interface SurveyFixture {
  instrumentId: string;
  instrumentVersionId: string;
  participantIds: string[];
}

/** The seeded clinician instrument's published version and fresh participants of one center. */
export async function surveyFixture(baseUrl: string, session: Session, participants: number, center = 'UKM'): Promise<SurveyFixture> {
  const instruments = await call<{ items: Array<{ id: string; key: string; versions: Array<{ id: string; status: string }> }> }>(baseUrl, 'GET', '/api/instruments', session);
  const clinician = instruments.body.items.find((i) => i.key === 'clinician-meaningful-ai');
  const version = clinician?.versions.find((v) => v.status === 'published') ?? clinician?.versions[0];
  if (!version) throw new Error(`no clinician instrument: ${instruments.text.slice(0, 300)}`);
  const participantIds: string[] = [];
  for (let i = 0; i < participants; i += 1) {
    const created = await call<{ id: string }>(baseUrl, 'POST', '/api/participants', session, { center, group: 'radiologist', language: 'de' });
    if (created.status !== 201 && created.status !== 200) throw new Error(`participant: ${created.status} ${created.text}`);
    participantIds.push(created.body.id);
  }
  return { instrumentId: clinician!.id, instrumentVersionId: version.id, participantIds };
}

/** A complete, valid answer set of the seeded clinician instrument; `marker` is typed into the comments. */
export function clinicianAnswers(marker: string, variant = 0): Record<string, unknown> {
  return { ...radiologistAnswers(variant), comments: marker };
}

export interface Submission {
  id: string;
  participantId: string;
  marker: string;
  body: string;
}

export interface SubmitTally {
  attempts: number;
  retries: number;
  statuses: Map<number | 'network', number>;
  /** UUIDs for which a 2xx arrived: the client was told "saved". */
  acknowledged: Set<string>;
  refused: Array<{ id: string; status: number; text: string }>;
}

export function newTally(): SubmitTally {
  return { attempts: 0, retries: 0, statuses: new Map(), acknowledged: new Set(), refused: [] };
}

/**
 * One HTTP request on a fresh connection (no keep-alive): a client that retries after a fault
 * does not reuse a socket the fault may have left half-open.
 */
export function rawRequest(url: string, method: string, headers: Record<string, string>, body?: string, timeoutMs = 30_000): Promise<{ status: number; text: string; headers: Record<string, string | string[] | undefined> }> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(url, { method, headers: { ...headers, ...(body === undefined ? {} : { 'content-length': String(Buffer.byteLength(body)) }) }, agent: false, timeout: timeoutMs }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8'), headers: response.headers }));
      response.on('error', reject);
      response.on('aborted', () => reject(new Error('response aborted')));
    });
    request.on('timeout', () => request.destroy(new Error('timeout')));
    request.on('error', reject);
    request.end(body);
  });
}

/**
 * What the tablet and the invitation page do: PUT the response under its client-made UUID until a
 * 2xx says it is stored. Network errors and 5xx are retried with backoff; another 4xx is final.
 */
export async function submitUntilStored(baseUrl: () => string, session: Session, submission: Submission, tally: SubmitTally, giveUpAfterMs = 180_000): Promise<void> {
  const deadline = Date.now() + giveUpAfterMs;
  for (let attempt = 0; Date.now() < deadline; attempt += 1) {
    tally.attempts += 1;
    if (attempt > 0) tally.retries += 1;
    try {
      const response = await rawRequest(`${baseUrl()}/api/responses/${submission.id}`, 'PUT', { ...session, 'content-type': 'application/json' }, submission.body);
      const text = response.text;
      tally.statuses.set(response.status, (tally.statuses.get(response.status) ?? 0) + 1);
      if (response.status >= 200 && response.status < 300) {
        tally.acknowledged.add(submission.id);
        return;
      }
      if (response.status < 500 && response.status !== 429 && response.status !== 408) {
        tally.refused.push({ id: submission.id, status: response.status, text: text.slice(0, 300) });
        return;
      }
    } catch {
      tally.statuses.set('network', (tally.statuses.get('network') ?? 0) + 1);
    }
    await new Promise((resolve) => setTimeout(resolve, Math.min(1000, 25 * 2 ** Math.min(attempt, 6)) * (0.5 + Math.random())));
  }
}

export function completedSubmission(id: string, participantId: string, instrumentVersionId: string, marker: string, variant = 0): Submission {
  return { id, participantId, marker, body: JSON.stringify({ instrumentVersionId, participantId, data: clinicianAnswers(marker, variant), status: 'completed', revision: 0 }) };
}

export function statusSummary(tally: SubmitTally): string {
  return [...tally.statuses.entries()].map(([status, count]) => `${status}×${count}`).join(' ');
}
