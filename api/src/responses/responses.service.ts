import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { canSeeCenter, centerScope, type Actor } from '../access/actor.js';
import { AuditService } from '../audit/audit.service.js';
import { AppError } from '../common/errors/app-error.js';
import { Participant } from '../participants/participant.entity.js';
import { SurveyAccessToken } from '../survey-access/survey-access-token.entity.js';
import type { SurveyAccess } from '../survey-access/survey-access.js';
import { validateResponse, type ResponseValidation } from '../surveys/validate-response.js';
import { PublishedDefinitions, type AnswerableVersion } from './published-definitions.js';
import { createResponseAtOnce } from './response-creation.js';
import { contentHash, writeResponse } from './response-writer.js';
import { toResponseView, type ResponseView, type SaveResult } from './response-views.js';
import type { CorrectionInput, ListResponsesQuery, SaveResponseInput } from './responses.schemas.js';
import { SurveyResponse } from './survey-response.entity.js';

/** Who is saving: a signed-in staff member, or a participant holding a survey token. */
export type ResponseCaller = { actor: Actor; access?: undefined } | { actor?: undefined; access: SurveyAccess };

const LIST_LIMIT = 1000;

@Injectable()
export class ResponsesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly definitions: PublishedDefinitions,
    private readonly audit: AuditService,
  ) {}

  /** The idempotent save behind PUT /api/responses/:id (see response-writer.ts for the rules). */
  async save(caller: ResponseCaller, id: string, input: SaveResponseInput): Promise<SaveResult> {
    if (caller.access) this.assertTokenScope(caller.access, id, input);
    const version = await this.definitions.get(input.instrumentVersionId);
    if (version.status === 'draft') throw new AppError('VERSION_NOT_PUBLISHED');

    const validation = validateResponse(version.definition, input.data, input.status, { cacheKey: version.id });
    if (!validation.ok) throw new AppError('RESPONSE_INVALID', {}, { answers: validation.errors });

    // A new response to a published version (nearly every save): one statement does it all.
    if (version.status === 'published') {
      const created = await createResponseAtOnce(this.dataSource, {
        id,
        instrumentVersionId: version.id,
        participantId: input.participantId,
        status: input.status,
        data: validation.data,
        language: input.language,
        centerScope: caller.actor ? centerScope(caller.actor) : caller.access.centerCode,
        actor: caller.actor ?? null,
        access: caller.access,
      });
      if (created) return { response: toResponseView(created), unchanged: false, warnings: validation.warnings };
    }
    return this.saveInTransaction(caller, id, input, version, validation);
  }

  /** Everything but a plain creation: retries, updates, conflicts and refusals, with their errors. */
  private async saveInTransaction(caller: ResponseCaller, id: string, input: SaveResponseInput, version: AnswerableVersion, validation: ResponseValidation): Promise<SaveResult> {
    const participant = await this.dataSource.getRepository(Participant).findOneBy({ id: input.participantId });
    if (!participant || (caller.actor && !canSeeCenter(caller.actor, participant.centerCode))) throw new AppError('NOT_FOUND');
    if (participant.withdrawnAt) throw new AppError('PARTICIPANT_WITHDRAWN');

    return this.dataSource.transaction(async (manager) => {
      const outcome = await writeResponse(manager, {
        id,
        instrumentVersionId: version.id,
        participantId: participant.id,
        centerCode: participant.centerCode,
        status: input.status,
        data: validation.data,
        language: input.language ?? participant.language,
        revision: input.revision,
      });
      if (outcome.kind === 'created' && version.status === 'retired') throw new AppError('VERSION_NOT_PUBLISHED');
      if (outcome.kind !== 'unchanged') {
        if (caller.access) await this.recordTokenUse(manager, caller.access, id, outcome.row.status === 'completed');
        await this.audit.append(manager, {
          actor: caller.actor ?? null,
          action: outcome.kind === 'created' ? 'response.created' : outcome.row.status === 'completed' ? 'response.completed' : 'response.updated',
          entity: 'survey_response',
          entityId: id,
          center: participant.centerCode,
          // Counts, never answers.
          summary: { revision: outcome.row.revision, status: outcome.row.status, answered: Object.keys(outcome.row.data).length, via: caller.access?.kind ?? 'staff' },
        });
      }
      return { response: toResponseView(outcome.row), unchanged: outcome.kind === 'unchanged', warnings: validation.warnings };
    });
  }

  async get(caller: ResponseCaller, id: string): Promise<ResponseView> {
    const response = await this.dataSource.getRepository(SurveyResponse).findOneBy({ id });
    // A token holder reads their response only until it is completed (see SurveySessionService.describe).
    const visible =
      response &&
      (caller.access
        ? caller.access.participantId === response.participantId && caller.access.instrumentVersionId === response.instrumentVersionId && !caller.access.completedAt
        : canSeeCenter(caller.actor, response.centerCode));
    if (!response || !visible) throw new AppError('NOT_FOUND');
    return toResponseView(response);
  }

  async list(actor: Actor, query: ListResponsesQuery): Promise<ResponseView[]> {
    const qb = this.dataSource.getRepository(SurveyResponse).createQueryBuilder('r').orderBy('r.updated_at', 'DESC').limit(LIST_LIMIT);
    const scope = centerScope(actor);
    if (scope) qb.andWhere('r.center_code = :scope', { scope });
    if (query.instrumentVersionId) qb.andWhere('r.instrument_version_id = :v', { v: query.instrumentVersionId });
    if (query.participantId) qb.andWhere('r.participant_id = :p', { p: query.participantId });
    if (query.status) qb.andWhere('r.status = :s', { s: query.status });
    return (await qb.getMany()).map(toResponseView);
  }

  /**
   * The one way a completed response changes: a staff correction, validated like a completion and
   * audited with the old and new values of each changed answer and the reason.
   */
  async correct(actor: Actor, id: string, input: CorrectionInput): Promise<ResponseView> {
    const existing = await this.dataSource.getRepository(SurveyResponse).findOneBy({ id });
    if (!existing || !canSeeCenter(actor, existing.centerCode)) throw new AppError('NOT_FOUND');
    const version = await this.definitions.get(existing.instrumentVersionId);
    const validation = validateResponse(version.definition, input.data, 'completed');
    if (!validation.ok) throw new AppError('RESPONSE_INVALID', {}, { answers: validation.errors });
    return this.dataSource.transaction(async (manager) => {
      const result = await manager
        .createQueryBuilder()
        .update(SurveyResponse)
        .set({ data: validation.data as never, status: 'completed', updatedAt: new Date(), completedAt: existing.completedAt ?? new Date(), revision: () => 'revision + 1', contentHash: contentHash('completed', validation.data) })
        .where('id = :id AND revision = :revision', { id, revision: input.revision })
        .execute();
      if (result.affected !== 1) throw new AppError('STALE_REVISION', {}, { currentRevision: existing.revision });
      await this.audit.append(manager, {
        actor,
        action: 'response.corrected',
        entity: 'survey_response',
        entityId: id,
        center: existing.centerCode,
        summary: { reason: input.reason, changes: changedAnswers(existing.data, validation.data) },
      });
      return toResponseView(await manager.findOneByOrFail(SurveyResponse, { id }));
    });
  }

  /** All of a participant's responses, for erasure after withdrawal. */
  async eraseOf(manager: EntityManager, participantId: string): Promise<number> {
    await manager.update(SurveyAccessToken, { participantId }, { revokedAt: new Date() });
    const result = await manager.delete(SurveyResponse, { participantId });
    return result.affected ?? 0;
  }

  private assertTokenScope(access: SurveyAccess, id: string, input: SaveResponseInput): void {
    if (input.participantId !== access.participantId || input.instrumentVersionId !== access.instrumentVersionId) throw new AppError('FORBIDDEN');
    // One token writes one response: a resumed link continues the response it started.
    if (access.responseId && access.responseId !== id) throw new AppError(access.completedAt ? 'RESPONSE_COMPLETED' : 'RESPONSE_MISMATCH');
  }

  private async recordTokenUse(manager: EntityManager, access: SurveyAccess, responseId: string, completed: boolean): Promise<void> {
    await manager.update(SurveyAccessToken, { id: access.tokenId }, { responseId, ...(completed ? { completedAt: new Date() } : {}) });
    // A tablet session stays open while the participant is still answering, so queued answers can always be delivered.
    if (access.kind === 'tablet' && !completed) {
      await manager.query(`UPDATE survey_access_token SET expires_at = greatest(expires_at, now() + interval '4 hours') WHERE id = $1`, [access.tokenId]);
    }
  }
}

function changedAnswers(before: Record<string, unknown>, after: Record<string, unknown>): Array<{ question: string; old: unknown; new: unknown }> {
  const names = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...names]
    .filter((name) => JSON.stringify(before[name]) !== JSON.stringify(after[name]))
    .map((name) => ({ question: name, old: before[name] ?? null, new: after[name] ?? null }));
}
