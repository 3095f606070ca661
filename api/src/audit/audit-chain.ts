import { createHash } from 'node:crypto';
import { canonicalJson } from '../common/canonical-json.js';

export const GENESIS_HASH = '0'.repeat(64);

export interface ChainedFields {
  at: Date;
  actorId: string | null;
  actorEmail: string | null;
  action: string;
  entity: string;
  entityId: string | null;
  centerCode: string | null;
  summary: Record<string, unknown>;
}

/** hash(n) = SHA-256(hash(n-1) ‖ canonical content of n): altering any past event breaks every later link. */
export function chainHash(prevHash: string, event: ChainedFields): string {
  // Only the chained fields, named one by one: rows read back carry id and hashes too.
  const content = canonicalJson({
    at: event.at.toISOString(),
    actorId: event.actorId,
    actorEmail: event.actorEmail,
    action: event.action,
    entity: event.entity,
    entityId: event.entityId,
    centerCode: event.centerCode,
    summary: event.summary,
  });
  return createHash('sha256').update(prevHash).update('\n').update(content).digest('hex');
}

export interface ChainVerdict {
  ok: boolean;
  checked: number;
  firstBrokenId: string | null;
}

/**
 * Walks sealed events in chain order; the first whose stored hashes do not follow from its content
 * (or whose position skips one, i.e. an event was removed) is reported.
 */
export function verifyChain(
  events: Iterable<ChainedFields & { id: string; seq: string | null; prevHash: string | null; hash: string | null }>,
  startHash = GENESIS_HASH,
  alreadyChecked = 0,
  startSeq = 0n,
): ChainVerdict & { lastHash: string } {
  let expectedPrev = startHash;
  let expectedSeq = startSeq;
  let checked = alreadyChecked;
  for (const event of events) {
    checked += 1;
    expectedSeq += 1n;
    const intact = event.seq !== null && BigInt(event.seq) === expectedSeq && event.prevHash === expectedPrev && event.hash !== null && chainHash(expectedPrev, event) === event.hash;
    if (!intact) return { ok: false, checked, firstBrokenId: String(event.id), lastHash: expectedPrev };
    expectedPrev = event.hash!;
  }
  return { ok: true, checked, firstBrokenId: null, lastHash: expectedPrev };
}
