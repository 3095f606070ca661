import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity.js';
import type { Actor } from '../access/actor.js';
import { AuditEvent } from './audit-event.entity.js';
import { chainHash, GENESIS_HASH, verifyChain, type ChainVerdict } from './audit-chain.js';

export interface AuditEntry {
  actor: Pick<Actor, 'id' | 'email'> | null;
  action: string;
  entity: string;
  entityId?: string | null;
  center?: string | null;
  summary?: Record<string, unknown>;
}

// Any constant works: it names the one lock that orders appends to the chain.
const CHAIN_LOCK_KEY = 7_231_017;
const VERIFY_BATCH = 5_000;

@Injectable()
export class AuditService {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Appends an event inside the caller's transaction, so the event exists exactly when the change
   * does. The advisory lock (held to commit) keeps concurrent appends from forking the chain.
   */
  async append(manager: EntityManager, entry: AuditEntry): Promise<void> {
    if (!manager.queryRunner?.isTransactionActive) throw new Error('Audit events must be appended inside a transaction');
    await manager.query('SELECT pg_advisory_xact_lock($1)', [CHAIN_LOCK_KEY]);
    const [last] = await manager.query<Array<{ hash: string }>>('SELECT hash FROM audit_event ORDER BY id DESC LIMIT 1');
    const prevHash = last?.hash ?? GENESIS_HASH;
    const fields = {
      at: new Date(),
      actorId: entry.actor?.id ?? null,
      actorEmail: entry.actor?.email ?? null,
      action: entry.action,
      entity: entry.entity,
      entityId: entry.entityId ?? null,
      centerCode: entry.center ?? null,
      summary: entry.summary ?? {},
    };
    const row = { ...fields, prevHash, hash: chainHash(prevHash, fields) };
    // jsonb summary: TypeORM's deep-partial type cannot express arbitrary JSON, the value is plain data.
    await manager.insert(AuditEvent, row as QueryDeepPartialEntity<AuditEvent>);
  }

  /** Runs `work` and its audit event in one transaction. */
  async inTransaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /** Re-computes the whole chain in batches (constant memory) and reports the first broken link. */
  async verify(): Promise<ChainVerdict> {
    let lastId = '0';
    let lastHash = GENESIS_HASH;
    let checked = 0;
    for (;;) {
      const batch = await this.dataSource
        .getRepository(AuditEvent)
        .createQueryBuilder('e')
        .where('e.id > :lastId', { lastId })
        .orderBy('e.id', 'ASC')
        .limit(VERIFY_BATCH)
        .getMany();
      if (batch.length === 0) return { ok: true, checked, firstBrokenId: null };
      const verdict = verifyChain(batch, lastHash, checked);
      if (!verdict.ok) return { ok: false, checked: verdict.checked, firstBrokenId: verdict.firstBrokenId };
      ({ lastHash, checked } = verdict);
      lastId = batch[batch.length - 1].id;
    }
  }
}
