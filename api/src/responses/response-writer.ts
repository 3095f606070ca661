import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { AppError } from '../common/errors/app-error.js';
import { canonicalJson } from '../common/canonical-json.js';
import { SurveyResponse, type ResponseStatus } from './survey-response.entity.js';

export interface ResponseWrite {
  id: string;
  instrumentVersionId: string;
  participantId: string;
  centerCode: string;
  status: ResponseStatus;
  data: Record<string, unknown>;
  language: string;
  revision: number;
}

export type WriteOutcome = { kind: 'created' | 'updated' | 'unchanged'; row: SurveyResponse };

export function contentHash(status: ResponseStatus, data: Record<string, unknown>): string {
  return createHash('sha256').update(status).update('\n').update(canonicalJson(data)).digest('hex');
}

/**
 * The exactly-once rules for a client-identified response, inside the caller's transaction:
 * - new id → insert (revision 1); a concurrent insert of the same id falls through to the rules below;
 * - same content as stored → nothing changes (a retry), whatever revision the retry carries;
 * - a completed response never changes here (only an audited staff correction may);
 * - otherwise the change must name the revision it started from: UPDATE … WHERE revision = expected,
 *   and a stale one gets 409 with the current revision.
 */
export async function writeResponse(manager: EntityManager, write: ResponseWrite): Promise<WriteOutcome> {
  const hash = contentHash(write.status, write.data);
  const now = new Date();
  const created = manager.create(SurveyResponse, {
    id: write.id,
    instrumentVersionId: write.instrumentVersionId,
    participantId: write.participantId,
    centerCode: write.centerCode,
    status: write.status,
    data: write.data,
    language: write.language,
    revision: 1,
    contentHash: hash,
    startedAt: now,
    updatedAt: now,
    completedAt: write.status === 'completed' ? now : null,
  });
  const inserted = await manager
    .createQueryBuilder()
    .insert()
    .into(SurveyResponse)
    .values(created as never)
    .orIgnore()
    .returning(['id'])
    .execute();
  // The row is exactly what was inserted: no need to read it back.
  if ((inserted.raw as unknown[]).length === 1) return { kind: 'created', row: created };
  const existing = await manager.findOne(SurveyResponse, { where: { id: write.id }, lock: { mode: 'pessimistic_write' } });
  if (!existing) throw new AppError('CONFLICT');
  if (existing.participantId !== write.participantId || existing.instrumentVersionId !== write.instrumentVersionId) {
    throw new AppError('RESPONSE_MISMATCH');
  }
  if (existing.contentHash.trim() === hash) return { kind: 'unchanged', row: existing };
  if (existing.status === 'completed') throw new AppError('RESPONSE_COMPLETED');
  if (existing.revision !== write.revision) throw new AppError('STALE_REVISION', {}, { currentRevision: existing.revision });
  const result = await manager
    .createQueryBuilder()
    .update(SurveyResponse)
    .set({
      status: write.status,
      data: write.data as never,
      language: write.language,
      contentHash: hash,
      updatedAt: now,
      completedAt: write.status === 'completed' ? now : null,
      revision: () => 'revision + 1',
    })
    .where('id = :id AND revision = :revision', { id: write.id, revision: write.revision })
    .execute();
  if (result.affected !== 1) throw new AppError('STALE_REVISION', {}, { currentRevision: existing.revision });
  const updated = manager.merge(SurveyResponse, existing, {
    status: write.status,
    data: write.data,
    language: write.language,
    contentHash: hash,
    updatedAt: now,
    completedAt: write.status === 'completed' ? now : null,
    revision: existing.revision + 1,
  });
  return { kind: 'updated', row: updated };
}
