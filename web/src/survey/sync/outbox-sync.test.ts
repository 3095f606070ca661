import { beforeEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../api/api-error';
import type { ResponseWrite, SaveResult, SurveySession } from '../api/survey-session';
import type { OutboxItem, OutboxPayload, SyncRecord } from '../storage/local-session-state';
import type { OutboxEntry } from '../storage/participant-store';
import { OutboxSync, type OutboxApi, type OutboxStore, type SyncEvent } from './outbox-sync';

/** The outbox's storage in memory: entries are "sealed" by keeping the payload beside them. */
class MemoryStore implements OutboxStore {
  entries = new Map<number, OutboxEntry & { payload: OutboxPayload }>();
  sync = new Map<string, SyncRecord>();
  wiped: string[] = [];
  private seq = 0;

  add(sessionId: string, item: OutboxItem, token = 'token-1'): void {
    const seq = ++this.seq;
    this.entries.set(seq, { seq, sessionId, kind: item.kind, createdAt: seq, iv: new Uint8Array(12), ciphertext: new ArrayBuffer(0), payload: { token, item } });
  }

  async listOutbox() {
    return [...this.entries.values()];
  }
  async getEntry(seq: number) {
    return this.entries.get(seq);
  }
  async openEntry(entry: OutboxEntry) {
    return this.entries.get(entry.seq)?.payload ?? null;
  }
  async deleteEntry(seq: number) {
    this.entries.delete(seq);
  }
  async getSync(sessionId: string) {
    return this.sync.get(sessionId);
  }
  async putSync(record: SyncRecord) {
    this.sync.set(record.sessionId, record);
  }
  async wipe(sessionId: string) {
    this.wiped.push(sessionId);
    this.sync.delete(sessionId);
    for (const [seq, entry] of this.entries) if (entry.sessionId === sessionId) this.entries.delete(seq);
  }
}

type SaveCall = { responseId: string; body: ResponseWrite };

/** A server that answers each save with the next scripted outcome (a result or an error). */
class ScriptedApi implements OutboxApi {
  saves: SaveCall[] = [];
  consents: string[] = [];
  outcomes: Array<ApiError | 'ok'> = [];
  session = async (): Promise<SurveySession> => {
    throw new ApiError('NETWORK_ERROR', '', 0);
  };
  consent = async (_token: string, _language: string, version: string): Promise<undefined> => {
    const outcome = this.outcomes.shift() ?? 'ok';
    if (outcome !== 'ok') throw outcome;
    this.consents.push(version);
    return undefined;
  };
  saveResponse = async (_token: string, responseId: string, body: ResponseWrite): Promise<SaveResult> => {
    const outcome = this.outcomes.shift() ?? 'ok';
    if (outcome !== 'ok') throw outcome;
    this.saves.push({ responseId, body });
    return {
      response: { id: responseId, status: body.status, data: body.data, revision: body.revision + 1, language: body.language, updatedAt: '2026-01-01T00:00:00.000Z' },
      unchanged: false,
      warnings: [],
    };
  };
}

const snapshot = (status: 'in_progress' | 'completed', data: Record<string, unknown>): OutboxItem => ({
  kind: 'response',
  instrumentVersionId: 'v1',
  participantId: 'p1',
  data,
  status,
  language: 'nl',
});

describe(OutboxSync.name, () => {
  let store: MemoryStore;
  let api: ScriptedApi;
  let events: SyncEvent[];
  let sync: OutboxSync;

  beforeEach(() => {
    store = new MemoryStore();
    api = new ScriptedApi();
    events = [];
    sync = new OutboxSync(store, api, () => 0.5);
    sync.subscribe((event) => events.push(event));
    store.sync.set('s1', { sessionId: 's1', responseId: 'r1', revision: 0 });
  });

  it('sends entries in order with the revision the server last confirmed, deleting each once acknowledged', async () => {
    store.add('s1', { kind: 'consent', version: 'C-1', language: 'nl' });
    store.add('s1', snapshot('in_progress', { a: 1 }));
    await sync.flush();
    expect(api.consents).toEqual(['C-1']);
    expect(api.saves.map((save) => [save.responseId, save.body.revision])).toEqual([['r1', 0]]);
    expect(store.entries.size).toBe(0);
    expect(store.sync.get('s1')?.revision).toBe(1);
  });

  it('wipes the session once the server holds the completed response', async () => {
    store.add('s1', snapshot('completed', { a: 1, b: 2 }));
    await sync.flush();
    expect(store.wiped).toEqual(['s1']);
    expect(events).toContainEqual({ type: 'completed', sessionId: 's1' });
  });

  it('keeps everything and backs off while the network is down, and reports it', async () => {
    store.add('s1', snapshot('in_progress', { a: 1 }));
    store.add('s1', { kind: 'consent', version: 'C-1', language: 'nl' });
    api.outcomes = [new ApiError('NETWORK_ERROR', '', 0)];
    await sync.flush();
    expect(store.entries.size).toBe(2);
    expect(sync.status).toEqual({ sending: false, failing: true });
    await sync.flush();
    expect(store.entries.size).toBe(0);
    expect(sync.status.failing).toBe(false);
  });

  it('re-sends on the revision the server names after a stale one (a lost acknowledgement)', async () => {
    store.add('s1', snapshot('in_progress', { a: 2 }));
    api.outcomes = [new ApiError('STALE_REVISION', '', 409, { currentRevision: 3 }), 'ok'];
    await sync.flush();
    expect(api.saves.map((save) => save.body.revision)).toEqual([3]);
    expect(store.sync.get('s1')?.revision).toBe(4);
  });

  it('treats an already completed response as done and wipes', async () => {
    store.add('s1', snapshot('in_progress', { a: 1 }));
    api.outcomes = [new ApiError('RESPONSE_COMPLETED', '', 409)];
    await sync.flush();
    expect(store.wiped).toEqual(['s1']);
    expect(events).toContainEqual({ type: 'completed', sessionId: 's1' });
  });

  it('continues the response the server already has for this token', async () => {
    store.add('s1', snapshot('in_progress', { a: 1 }));
    api.outcomes = [new ApiError('RESPONSE_MISMATCH', '', 409), 'ok'];
    api.session = async () =>
      ({
        kind: 'invitation',
        participant: { id: 'p1', code: 'X', language: 'nl', group: 'patient', consentVersion: null },
        instrumentVersion: { id: 'v1', definition: {}, languages: ['nl'], consent: null },
        response: { id: 'server-r', status: 'in_progress', data: {}, revision: 5, language: 'nl', updatedAt: '' },
        completed: false,
      }) satisfies SurveySession;
    await sync.flush();
    expect(api.saves.map((save) => [save.responseId, save.body.revision])).toEqual([['server-r', 5]]);
  });

  it('stops sending for a session whose token stopped working, but keeps its entries and serves others', async () => {
    store.add('s1', snapshot('in_progress', { a: 1 }), 'dead-token');
    store.sync.set('s2', { sessionId: 's2', responseId: 'r2', revision: 0 });
    store.add('s2', snapshot('in_progress', { b: 1 }));
    api.outcomes = [new ApiError('SURVEY_TOKEN_INVALID', '', 401), 'ok'];
    await sync.flush();
    expect([...store.entries.values()].map((entry) => entry.sessionId)).toEqual(['s1']);
    expect(events).toContainEqual({ type: 'token-invalid', sessionId: 's1' });
    await sync.flush();
    expect(api.saves.map((save) => save.responseId)).toEqual(['r2']);
  });

  it('drops what the server refuses for good and passes on its messages', async () => {
    store.add('s1', snapshot('completed', { a: 9 }));
    const issue = { question: 'a', rule: 'out_of_range', message: 'Antwoord buiten bereik.' };
    api.outcomes = [new ApiError('RESPONSE_INVALID', 'Ongeldig.', 422, { answers: [issue] })];
    await sync.flush();
    expect(store.entries.size).toBe(0);
    expect(store.wiped).toEqual([]);
    expect(events).toContainEqual({ type: 'rejected', sessionId: 's1', status: 'completed', message: 'Ongeldig.', issues: [issue] });
  });

  it('wipes a withdrawn participant without sending anything more', async () => {
    store.add('s1', snapshot('in_progress', { a: 1 }));
    store.add('s1', snapshot('completed', { a: 1 }));
    api.outcomes = [new ApiError('PARTICIPANT_WITHDRAWN', '', 409)];
    await sync.flush();
    expect(store.wiped).toEqual(['s1']);
    expect(store.entries.size).toBe(0);
    expect(api.saves).toEqual([]);
  });
});
