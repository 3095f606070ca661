import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { canSeeCenter, centerScope, type Actor } from '../access/actor.js';
import { AuditService } from '../audit/audit.service.js';
import { AppError } from '../common/errors/app-error.js';
import { newInvitationToken } from '../identity/invitation-tokens.js';
import { InstrumentVersion } from '../instruments/instrument-version.entity.js';
import { Instrument } from '../instruments/instrument.entity.js';
import { Participant } from '../participants/participant.entity.js';
import type { StakeholderGroup } from '../participants/stakeholder-groups.js';
import type { StartSurveyInput } from './survey-access.schemas.js';
import { SurveyAccessToken, type SurveyAccessKind } from './survey-access-token.entity.js';

const TABLET_TTL_MS = 4 * 60 * 60_000;
const INVITATION_TTL_MS = 60 * 24 * 60 * 60_000;

export interface IssuedSurveyAccess {
  id: string;
  token: string;
  /** Path of the participant page; the caller's origin goes in front. */
  path: string;
  expiresAt: string;
  participantCode: string;
  instrumentVersionId: string;
}

export type InvitationStatus = 'pending' | 'in_progress' | 'completed' | 'revoked' | 'expired';

export interface SurveyInvitationView {
  id: string;
  participantId: string;
  participantCode: string;
  group: StakeholderGroup;
  center: string;
  language: string;
  instrumentVersionId: string;
  status: InvitationStatus;
  createdAt: string;
  expiresAt: string;
  completedAt: string | null;
}

/** Staff hand out survey access: a tablet session in the waiting room or a clinician's link. */
@Injectable()
export class SurveyAccessService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  startTabletSession(actor: Actor, input: StartSurveyInput): Promise<IssuedSurveyAccess> {
    return this.issue(actor, input, 'tablet');
  }

  createInvitation(actor: Actor, input: StartSurveyInput): Promise<IssuedSurveyAccess> {
    return this.issue(actor, input, 'invitation');
  }

  async revokeInvitation(actor: Actor, id: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const token = await manager.findOneBy(SurveyAccessToken, { id, kind: 'invitation' });
      if (!token || !canSeeCenter(actor, token.centerCode)) throw new AppError('NOT_FOUND');
      if (!token.revokedAt) await manager.update(SurveyAccessToken, { id }, { revokedAt: new Date() });
      await this.audit.append(manager, { actor, action: 'survey_invitation.revoked', entity: 'survey_access_token', entityId: id, center: token.centerCode });
    });
  }

  async listInvitations(actor: Actor, center?: string): Promise<SurveyInvitationView[]> {
    const qb = this.dataSource
      .getRepository(SurveyAccessToken)
      .createQueryBuilder('t')
      .innerJoin(Participant, 'p', 'p.id = t.participant_id')
      .select(['t.id AS id', 't.participant_id AS participant_id', 'p.code AS code', 'p.stakeholder_group AS grp', 't.center_code AS center', 'p.language AS language'])
      .addSelect(['t.instrument_version_id AS version_id', 't.response_id AS response_id', 't.revoked_at AS revoked_at', 't.expires_at AS expires_at', 't.completed_at AS completed_at', 't.created_at AS created_at'])
      .where("t.kind = 'invitation'")
      .orderBy('t.created_at', 'DESC')
      .limit(1000);
    const scope = centerScope(actor);
    if (scope) qb.andWhere('t.center_code = :scope', { scope });
    if (center) qb.andWhere('t.center_code = :center', { center });
    const rows = await qb.getRawMany<{
      id: string; participant_id: string; code: string; grp: StakeholderGroup; center: string; language: string; version_id: string;
      response_id: string | null; revoked_at: Date | null; expires_at: Date; completed_at: Date | null; created_at: Date;
    }>();
    const now = Date.now();
    return rows.map((r) => ({
      id: r.id,
      participantId: r.participant_id,
      participantCode: r.code,
      group: r.grp,
      center: r.center,
      language: r.language,
      instrumentVersionId: r.version_id,
      status: r.completed_at ? 'completed' : r.revoked_at ? 'revoked' : new Date(r.expires_at).getTime() <= now ? 'expired' : r.response_id ? 'in_progress' : 'pending',
      createdAt: new Date(r.created_at).toISOString(),
      expiresAt: new Date(r.expires_at).toISOString(),
      completedAt: r.completed_at ? new Date(r.completed_at).toISOString() : null,
    }));
  }

  private async issue(actor: Actor, input: StartSurveyInput, kind: SurveyAccessKind): Promise<IssuedSurveyAccess> {
    return this.dataSource.transaction(async (manager) => {
      const participant = await manager.findOneBy(Participant, { id: input.participantId });
      if (!participant || !canSeeCenter(actor, participant.centerCode)) throw new AppError('NOT_FOUND');
      if (participant.withdrawnAt) throw new AppError('PARTICIPANT_WITHDRAWN');
      const version = await this.currentPublishedVersion(manager, input.instrumentId, participant.group);
      const { token, tokenHash } = newInvitationToken();
      const now = new Date();
      const expiresAt = new Date(now.getTime() + (kind === 'tablet' ? TABLET_TTL_MS : INVITATION_TTL_MS));
      const row = await manager.save(
        manager.create(SurveyAccessToken, {
          tokenHash,
          kind,
          participantId: participant.id,
          centerCode: participant.centerCode,
          instrumentVersionId: version.id,
          responseId: null,
          createdBy: actor.id,
          createdAt: now,
          expiresAt,
          revokedAt: null,
          completedAt: null,
        }),
      );
      await this.audit.append(manager, {
        actor,
        action: kind === 'tablet' ? 'survey.tablet_session_started' : 'survey_invitation.created',
        entity: 'survey_access_token',
        entityId: row.id,
        center: participant.centerCode,
        summary: { participant: participant.code, instrumentVersionId: version.id },
      });
      return {
        id: row.id,
        token,
        path: kind === 'tablet' ? `/tablet/${token}` : `/survey/${token}`,
        expiresAt: expiresAt.toISOString(),
        participantCode: participant.code,
        instrumentVersionId: version.id,
      };
    });
  }

  /** The newest published version of an instrument meant for the participant's group. */
  private async currentPublishedVersion(manager: EntityManager, instrumentId: string, group: StakeholderGroup): Promise<InstrumentVersion> {
    const instrument = await manager.findOneBy(Instrument, { id: instrumentId });
    if (!instrument) throw new AppError('NOT_FOUND');
    if (!instrument.targetGroups.includes(group)) throw new AppError('INSTRUMENT_NOT_FOR_GROUP', { group });
    const version = await manager.findOne(InstrumentVersion, { where: { instrumentId, status: 'published' }, order: { version: 'DESC' } });
    if (!version) throw new AppError('VERSION_NOT_PUBLISHED');
    return version;
  }
}
