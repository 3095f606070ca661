import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { LocalSessionState, OutboxItem, OutboxPayload, SyncRecord } from './local-session-state';
import { createSessionKey, openJson, sealJson, type Sealed } from './session-crypto';

const DB_NAME = 'polyphony-participant';
const DB_VERSION = 1;

interface SealedRecord extends Sealed {
  sessionId: string;
}

export interface OutboxEntry extends Sealed {
  seq: number;
  sessionId: string;
  kind: OutboxItem['kind'];
  createdAt: number;
}

interface ParticipantDb extends DBSchema {
  keys: { key: string; value: { sessionId: string; key: CryptoKey } };
  sessions: { key: string; value: SealedRecord & { updatedAt: number } };
  sync: { key: string; value: SyncRecord };
  outbox: { key: number; value: OutboxEntry; indexes: { bySession: string } };
}

const STATE = 'state';
const OUTBOX = 'outbox';

/**
 * The participant device's storage: one IndexedDB database whose answer-carrying records are all
 * sealed with the session's own non-extractable key (see session-crypto.ts).
 */
export class ParticipantStore {
  private readonly keys = new Map<string, Promise<CryptoKey | null>>();
  private stateWrites: Promise<unknown> = Promise.resolve();

  private constructor(private readonly db: IDBPDatabase<ParticipantDb>) {}

  static async open(): Promise<ParticipantStore> {
    const db = await openDB<ParticipantDb>(DB_NAME, DB_VERSION, {
      upgrade(database) {
        database.createObjectStore('keys', { keyPath: 'sessionId' });
        database.createObjectStore('sessions', { keyPath: 'sessionId' });
        database.createObjectStore('sync', { keyPath: 'sessionId' });
        database.createObjectStore('outbox', { keyPath: 'seq', autoIncrement: true }).createIndex('bySession', 'sessionId');
      },
    });
    return new ParticipantStore(db);
  }

  async loadState(sessionId: string): Promise<LocalSessionState | null> {
    await this.stateWrites;
    const record = await this.db.get('sessions', sessionId);
    if (!record) return null;
    const key = await this.key(sessionId, false);
    if (!key) return null;
    try {
      return await openJson<LocalSessionState>(key, `${STATE}:${sessionId}`, record);
    } catch {
      // Unreadable (key gone or data damaged): nothing to resume from; the server still has what it got.
      await this.db.delete('sessions', sessionId);
      return null;
    }
  }

  /** Saves in call order, so a slow encryption never lets an older state overwrite a newer one. */
  saveState(sessionId: string, state: LocalSessionState): Promise<void> {
    const write = this.stateWrites.then(async () => {
      const key = await this.key(sessionId, true);
      if (!key) return;
      const sealed = await sealJson(key, `${STATE}:${sessionId}`, state);
      await this.db.put('sessions', { sessionId, ...sealed, updatedAt: state.updatedAt });
    });
    this.stateWrites = write.catch(() => undefined);
    return write;
  }

  async deleteState(sessionId: string): Promise<void> {
    await this.stateWrites;
    await this.db.delete('sessions', sessionId);
  }

  getSync(sessionId: string): Promise<SyncRecord | undefined> {
    return this.db.get('sync', sessionId);
  }

  async putSync(record: SyncRecord): Promise<void> {
    await this.db.put('sync', record);
  }

  /**
   * Queues an item. A response snapshot carries all answers, so it replaces the older unsent
   * snapshots of the same session: the queue never holds more copies of the answers than needed.
   */
  async enqueue(sessionId: string, token: string, item: OutboxItem): Promise<void> {
    const key = await this.key(sessionId, true);
    if (!key) throw new Error('no key for this session');
    const payload: OutboxPayload = { token, item };
    const sealed = await sealJson(key, `${OUTBOX}:${sessionId}`, payload);
    const tx = this.db.transaction('outbox', 'readwrite');
    if (item.kind === 'response') {
      for (const entry of await tx.store.index('bySession').getAll(sessionId)) {
        if (entry.kind === 'response') await tx.store.delete(entry.seq);
      }
    }
    await tx.store.add({ sessionId, kind: item.kind, createdAt: Date.now(), ...sealed } as OutboxEntry);
    await tx.done;
  }

  listOutbox(): Promise<OutboxEntry[]> {
    return this.db.getAll('outbox');
  }

  async countOutbox(sessionId: string): Promise<number> {
    return this.db.countFromIndex('outbox', 'bySession', sessionId);
  }

  async getEntry(seq: number): Promise<OutboxEntry | undefined> {
    return this.db.get('outbox', seq);
  }

  async openEntry(entry: OutboxEntry): Promise<OutboxPayload | null> {
    const key = await this.key(entry.sessionId, false);
    if (!key) return null;
    try {
      return await openJson<OutboxPayload>(key, `${OUTBOX}:${entry.sessionId}`, entry);
    } catch {
      return null;
    }
  }

  async deleteEntry(seq: number): Promise<void> {
    await this.db.delete('outbox', seq);
  }

  async deleteOutboxOf(sessionId: string): Promise<void> {
    const tx = this.db.transaction('outbox', 'readwrite');
    for (const seq of await tx.store.index('bySession').getAllKeys(sessionId)) await tx.store.delete(seq);
    await tx.done;
  }

  /** Everything of one session: state, queue, sync record and, last, the key itself. */
  async wipe(sessionId: string): Promise<void> {
    await this.stateWrites;
    const tx = this.db.transaction(['sessions', 'outbox', 'sync', 'keys'], 'readwrite');
    await tx.objectStore('sessions').delete(sessionId);
    const outbox = tx.objectStore('outbox');
    for (const seq of await outbox.index('bySession').getAllKeys(sessionId)) await outbox.delete(seq);
    await tx.objectStore('sync').delete(sessionId);
    await tx.objectStore('keys').delete(sessionId);
    await tx.done;
    this.keys.delete(sessionId);
  }

  private key(sessionId: string, create: boolean): Promise<CryptoKey | null> {
    const cached = this.keys.get(sessionId);
    if (cached) return cached.then((key) => key ?? (create ? this.createKey(sessionId) : null));
    const loaded = this.db.get('keys', sessionId).then((record) => record?.key ?? null);
    this.keys.set(sessionId, loaded);
    return loaded.then((key) => key ?? (create ? this.createKey(sessionId) : null));
  }

  private createKey(sessionId: string): Promise<CryptoKey> {
    const created = (async () => {
      const existing = await this.db.get('keys', sessionId);
      if (existing) return existing.key;
      const key = await createSessionKey();
      await this.db.put('keys', { sessionId, key });
      return key;
    })();
    this.keys.set(sessionId, created);
    return created;
  }
}

/** The store of this page, opened once. */
let opened: Promise<ParticipantStore> | null = null;
export function participantStore(): Promise<ParticipantStore> {
  opened ??= ParticipantStore.open();
  return opened;
}
