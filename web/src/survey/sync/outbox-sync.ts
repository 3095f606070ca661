import { ApiError } from '../../api/api-error';
import { surveyApi } from '../api/survey-api';
import type { AnswerIssue, ResponseStatus } from '../api/survey-session';
import type { OutboxItem, OutboxPayload, SyncRecord } from '../storage/local-session-state';
import type { OutboxEntry, ParticipantStore } from '../storage/participant-store';

/** The part of the device storage the outbox works with (ParticipantStore; a fake in tests). */
export type OutboxStore = Pick<ParticipantStore, 'listOutbox' | 'getEntry' | 'openEntry' | 'deleteEntry' | 'getSync' | 'putSync' | 'wipe'>;

/** The server calls the outbox makes (surveyApi; a fake in tests). */
export type OutboxApi = Pick<typeof surveyApi, 'consent' | 'saveResponse' | 'session'>;
import { failureAction } from './failure-action';
import { retryDelay } from './retry-delay';

export type SyncEvent =
  /** Something was sent, queued or failed: pending counts may differ. */
  | { type: 'changed' }
  /** The server holds the completed response; the session's local data is already wiped. */
  | { type: 'completed'; sessionId: string }
  | { type: 'rejected'; sessionId: string; status: ResponseStatus | null; message: string; issues: AnswerIssue[] }
  | { type: 'token-invalid'; sessionId: string }
  | { type: 'withdrawn'; sessionId: string };

export interface SyncStatus {
  /** A request is on its way. */
  sending: boolean;
  /** The last attempt failed for a reason that may pass (offline, server trouble); a retry is scheduled. */
  failing: boolean;
}

/** How often the outbox looks whether a retry is due. */
const TICK_MS = 5_000;
/** Rebases in a row on one entry before backing off (another writer would have to be racing us). */
const MAX_REBASES = 3;

type Outcome = 'next' | 'stop';

/**
 * Replays the outbox to the server in order until every entry is confirmed: at start, whenever
 * something is queued, when the browser comes back online and on a timer with exponential
 * back-off. Entries are deleted only after the server acknowledged them. A completed response,
 * once acknowledged, wipes its session from the device.
 */
export class OutboxSync {
  private readonly listeners = new Set<(event: SyncEvent) => void>();
  private readonly blocked = new Set<string>();
  private running: Promise<void> | null = null;
  private again = false;
  private failures = 0;
  private nextAttemptAt = 0;
  private current: SyncStatus = { sending: false, failing: false };

  constructor(
    private readonly store: OutboxStore,
    private readonly api: OutboxApi = surveyApi,
    private readonly random: () => number = Math.random,
  ) {}

  get status(): SyncStatus {
    return this.current;
  }

  /** Starts the triggers; returns the function that stops them. */
  start(): () => void {
    const online = () => {
      this.failures = 0;
      this.nextAttemptAt = 0;
      void this.flush();
    };
    window.addEventListener('online', online);
    const timer = window.setInterval(() => {
      if (Date.now() >= this.nextAttemptAt) void this.flush();
    }, TICK_MS);
    void this.flush();
    return () => {
      window.removeEventListener('online', online);
      window.clearInterval(timer);
    };
  }

  subscribe(listener: (event: SyncEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Sends what is queued now; concurrent calls share one run (and trigger one more pass after it). */
  flush(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      do {
        this.again = false;
        await withOutboxLock(() => this.drain());
      } while (this.again);
    })().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  /** Sessions whose token stopped working are left alone until the page is loaded again. */
  unblock(sessionId: string): void {
    this.blocked.delete(sessionId);
  }

  private async drain(): Promise<void> {
    const entries = (await this.store.listOutbox()).sort((a, b) => a.seq - b.seq);
    for (const listed of entries) {
      if (this.blocked.has(listed.sessionId)) continue;
      // A newer snapshot may have replaced this one while earlier entries were sent.
      const entry = await this.store.getEntry(listed.seq);
      if (!entry) continue;
      const payload = await this.store.openEntry(entry);
      if (!payload) {
        // Its key is gone, so nobody can read it: the session was wiped.
        await this.store.deleteEntry(entry.seq);
        continue;
      }
      this.setStatus({ sending: true, failing: this.current.failing });
      const outcome = await this.send(entry, payload);
      this.emit({ type: 'changed' });
      if (outcome === 'stop') return;
    }
    this.setStatus({ sending: false, failing: false });
  }

  private async send(entry: OutboxEntry, payload: OutboxPayload): Promise<Outcome> {
    const { item } = payload;
    let rebases = 0;
    for (;;) {
      try {
        if (item.kind === 'consent') {
          await this.api.consent(payload.token, item.language, item.version);
          await this.store.deleteEntry(entry.seq);
        } else {
          const sync = await this.syncRecord(entry.sessionId);
          const result = await this.api.saveResponse(payload.token, sync.responseId, { ...responseBody(item), revision: sync.revision });
          if (result.response.status === 'completed') {
            // Entry, state and key go in one transaction: nothing of the participant stays behind.
            await this.finish(entry.sessionId);
          } else {
            await this.store.putSync({ ...sync, revision: result.response.revision });
            await this.store.deleteEntry(entry.seq);
          }
        }
        this.failures = 0;
        return 'next';
      } catch (error) {
        const action = failureAction(error);
        switch (action.kind) {
          case 'rebase': {
            if (++rebases > MAX_REBASES) return this.backOff();
            const sync = await this.syncRecord(entry.sessionId);
            await this.store.putSync({ ...sync, revision: action.revision });
            continue;
          }
          case 'adopt-server-response': {
            if (++rebases > MAX_REBASES) return this.backOff();
            const adopted = await this.adoptServerResponse(entry.sessionId, payload, item);
            if (adopted === 'completed') {
              await this.finish(entry.sessionId);
              return 'next';
            }
            if (adopted === 'failed') return this.backOff();
            continue;
          }
          case 'already-completed':
            await this.finish(entry.sessionId);
            return 'next';
          case 'token-invalid':
            this.blocked.add(entry.sessionId);
            this.emit({ type: 'token-invalid', sessionId: entry.sessionId });
            return 'next';
          case 'withdrawn':
            // Nothing of a withdrawn participant may be sent or kept.
            await this.store.wipe(entry.sessionId);
            this.emit({ type: 'withdrawn', sessionId: entry.sessionId });
            return 'next';
          case 'rejected':
            await this.store.deleteEntry(entry.seq);
            this.emit({
              type: 'rejected',
              sessionId: entry.sessionId,
              status: item.kind === 'response' ? item.status : null,
              message: action.message,
              issues: action.issues,
            });
            return 'next';
          case 'retry':
            return this.backOff(action.retryAfterSeconds);
        }
      }
    }
  }

  /** The token already writes another response (say, started on another device): continue that one. */
  private async adoptServerResponse(sessionId: string, payload: OutboxPayload, item: OutboxItem): Promise<'adopted' | 'completed' | 'failed'> {
    const language = item.language;
    try {
      const session = await this.api.session(payload.token, language);
      if (session.completed || session.response?.status === 'completed') return 'completed';
      if (!session.response) return 'failed';
      await this.store.putSync({ sessionId, responseId: session.response.id, revision: session.response.revision });
      return 'adopted';
    } catch (error) {
      if (error instanceof ApiError && error.code === 'SURVEY_TOKEN_INVALID') this.blocked.add(sessionId);
      return 'failed';
    }
  }

  private async finish(sessionId: string): Promise<void> {
    await this.store.wipe(sessionId);
    this.emit({ type: 'completed', sessionId });
  }

  private async syncRecord(sessionId: string): Promise<SyncRecord> {
    const existing = await this.store.getSync(sessionId);
    if (existing) return existing;
    const created: SyncRecord = { sessionId, responseId: crypto.randomUUID(), revision: 0 };
    await this.store.putSync(created);
    return created;
  }

  private backOff(retryAfterSeconds?: number): Outcome {
    this.failures += 1;
    this.nextAttemptAt = Date.now() + retryDelay(this.failures, this.random, retryAfterSeconds);
    this.setStatus({ sending: false, failing: true });
    return 'stop';
  }

  private setStatus(status: SyncStatus): void {
    if (status.sending === this.current.sending && status.failing === this.current.failing) return;
    this.current = status;
    this.emit({ type: 'changed' });
  }

  private emit(event: SyncEvent): void {
    for (const listener of this.listeners) listener(event);
  }
}

function responseBody(item: Extract<OutboxItem, { kind: 'response' }>) {
  return {
    instrumentVersionId: item.instrumentVersionId,
    participantId: item.participantId,
    data: item.data,
    status: item.status,
    language: item.language,
  };
}

/** One outbox run at a time across all tabs of this origin, where the browser offers Web Locks. */
function withOutboxLock(run: () => Promise<void>): Promise<void> {
  if (typeof navigator !== 'undefined' && 'locks' in navigator && navigator.locks) {
    return navigator.locks.request('polyphony-participant-outbox', run);
  }
  return run();
}
