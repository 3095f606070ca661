import { Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditEvent } from './audit-event.entity.js';
import { chainHash, GENESIS_HASH } from './audit-chain.js';

// Any constant works: it names the lock that lets one sealer (on any replica) run at a time.
const SEALER_LOCK_KEY = 7_231_018;
const BATCH = 2_000;
const INTERVAL_MS = 1_000;

/**
 * Writers append audit events without waiting for each other; this sealer then puts settled
 * events into the hash chain, in one order, once. "Settled" means every transaction that could
 * still add an earlier-numbered event has finished (txid below the oldest running transaction),
 * so the chain never has to be reordered. Each replica runs it every second; the advisory lock
 * keeps them from sealing at the same time.
 */
@Injectable()
export class AuditSealer implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<number> | null = null;

  constructor(private readonly dataSource: DataSource) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.sealPending().catch(() => undefined), INTERVAL_MS);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running?.catch(() => undefined);
  }

  /** Seals what is settled now; returns how many events it sealed. */
  sealPending(): Promise<number> {
    this.running ??= this.sealAll().finally(() => (this.running = null));
    return this.running;
  }

  private async sealAll(): Promise<number> {
    let total = 0;
    for (;;) {
      const sealed = await this.sealBatch();
      total += sealed;
      if (sealed < BATCH) return total;
    }
  }

  private async sealBatch(): Promise<number> {
    if (!this.dataSource.isInitialized) return 0;
    return this.dataSource.transaction(async (manager) => {
      const [lock] = await manager.query<Array<{ locked: boolean }>>('SELECT pg_try_advisory_xact_lock($1) AS locked', [SEALER_LOCK_KEY]);
      if (!lock?.locked) return 0;
      const [last] = await manager.query<Array<{ seq: string; hash: string }>>('SELECT seq, hash FROM audit_event WHERE seq IS NOT NULL ORDER BY seq DESC LIMIT 1');
      const pending = await manager
        .getRepository(AuditEvent)
        .createQueryBuilder('e')
        .where('e.seq IS NULL')
        .andWhere('e.txid < txid_snapshot_xmin(txid_current_snapshot())')
        .orderBy('e.id', 'ASC')
        .limit(BATCH)
        .getMany();
      if (pending.length === 0) return 0;
      let seq = BigInt(last?.seq ?? 0);
      let prevHash = last?.hash ?? GENESIS_HASH;
      const rows: Array<{ id: string; seq: string; prev: string; hash: string }> = [];
      for (const event of pending) {
        seq += 1n;
        const hash = chainHash(prevHash, event);
        rows.push({ id: String(event.id), seq: seq.toString(), prev: prevHash, hash });
        prevHash = hash;
      }
      await manager.query(
        `UPDATE audit_event AS e SET seq = v.seq, prev_hash = v.prev, hash = v.hash
         FROM jsonb_to_recordset($1::jsonb) AS v(id bigint, seq bigint, prev char(64), hash char(64))
         WHERE e.id = v.id`,
        [JSON.stringify(rows)],
      );
      return rows.length;
    });
  }
}
