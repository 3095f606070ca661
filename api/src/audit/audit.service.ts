import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity.js';
import type { Actor } from '../access/actor.js';
import { AuditEvent } from './audit-event.entity.js';
import { GENESIS_HASH, verifyChain, type ChainVerdict } from './audit-chain.js';
import { AuditSealer } from './audit-sealer.js';

export interface AuditEntry {
  actor: Pick<Actor, 'id' | 'email'> | null;
  action: string;
  entity: string;
  entityId?: string | null;
  center?: string | null;
  summary?: Record<string, unknown>;
}

const VERIFY_BATCH = 5_000;

export interface AuditVerdict extends ChainVerdict {
  /** Events not yet in the chain (written in the last moments, or by a still-open transaction). */
  pending: number;
}

@Injectable()
export class AuditService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly sealer: AuditSealer,
  ) {}

  /**
   * Appends an event inside the caller's transaction, so the event exists exactly when the change
   * does. A plain insert: writers never wait for each other; the sealer chains events shortly after.
   */
  async append(manager: EntityManager, entry: AuditEntry): Promise<void> {
    if (!manager.queryRunner?.isTransactionActive) throw new Error('Audit events must be appended inside a transaction');
    const row = {
      at: new Date(),
      actorId: entry.actor?.id ?? null,
      actorEmail: entry.actor?.email ?? null,
      action: entry.action,
      entity: entry.entity,
      entityId: entry.entityId ?? null,
      centerCode: entry.center ?? null,
      summary: entry.summary ?? {},
    };
    // jsonb summary: TypeORM's deep-partial type cannot express arbitrary JSON, the value is plain data.
    await manager.insert(AuditEvent, row as QueryDeepPartialEntity<AuditEvent>);
  }

  /** Seals what is settled, then re-computes the whole chain in batches (constant memory). */
  async verify(): Promise<AuditVerdict> {
    await this.sealer.sealPending();
    let lastSeq = '0';
    let lastHash = GENESIS_HASH;
    let checked = 0;
    for (;;) {
      const batch = await this.dataSource
        .getRepository(AuditEvent)
        .createQueryBuilder('e')
        .where('e.seq > :lastSeq', { lastSeq })
        .orderBy('e.seq', 'ASC')
        .limit(VERIFY_BATCH)
        .getMany();
      if (batch.length === 0) break;
      const verdict = verifyChain(batch, lastHash, checked, BigInt(lastSeq));
      if (!verdict.ok) return { ok: false, checked: verdict.checked, firstBrokenId: verdict.firstBrokenId, pending: await this.pendingCount() };
      ({ lastHash, checked } = verdict);
      lastSeq = String(batch[batch.length - 1].seq);
    }
    return { ok: true, checked, firstBrokenId: null, pending: await this.pendingCount() };
  }

  private async pendingCount(): Promise<number> {
    return this.dataSource.getRepository(AuditEvent).createQueryBuilder('e').where('e.seq IS NULL').getCount();
  }
}
