import { Injectable } from '@nestjs/common';
import { Brackets, DataSource, type EntityManager } from 'typeorm';
import { canSeeCenter, centerScope, type Actor } from '../access/actor.js';
import { AuditService } from '../audit/audit.service.js';
import { Center } from '../centers/center.entity.js';
import { AppError } from '../common/errors/app-error.js';
import { Participant } from './participant.entity.js';
import type { ConsentInput, CreateParticipantInput, ListParticipantsQuery, WithdrawInput } from './participants.schemas.js';
import { ResearchDataErasure } from './research-data-erasure.js';
import { pseudonymCode, type StakeholderGroup } from './stakeholder-groups.js';

export interface ParticipantView {
  id: string;
  code: string;
  center: string;
  group: StakeholderGroup;
  language: string;
  consentVersion: string | null;
  consentGivenAt: string | null;
  withdrawnAt: string | null;
  dataErased: boolean;
  createdAt: string;
}

export function toParticipantView(p: Participant): ParticipantView {
  return {
    id: p.id,
    code: p.code,
    center: p.centerCode,
    group: p.group,
    language: p.language,
    consentVersion: p.consentVersion,
    consentGivenAt: p.consentGivenAt?.toISOString() ?? null,
    withdrawnAt: p.withdrawnAt?.toISOString() ?? null,
    dataErased: p.dataErased,
    createdAt: p.createdAt.toISOString(),
  };
}

const LIST_LIMIT = 500;

@Injectable()
export class ParticipantsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly erasure: ResearchDataErasure,
  ) {}

  async register(actor: Actor, input: CreateParticipantInput): Promise<ParticipantView> {
    // A center-scoped user may register only at their own center, whatever the body says.
    if (!canSeeCenter(actor, input.center)) throw new AppError('FORBIDDEN');
    return this.dataSource.transaction(async (manager) => {
      if (!(await manager.existsBy(Center, { code: input.center }))) {
        throw new AppError('VALIDATION_FAILED', {}, { issues: [{ path: 'center', rule: 'invalid' }] });
      }
      const sequence = await this.nextSequence(manager, input.center, input.group);
      const participant = await manager.save(
        manager.create(Participant, {
          code: pseudonymCode(input.center, input.group, sequence),
          centerCode: input.center,
          group: input.group,
          sequence,
          language: input.language,
        }),
      );
      await this.audit.append(manager, {
        actor,
        action: 'participant.created',
        entity: 'participant',
        entityId: participant.id,
        center: participant.centerCode,
        summary: { code: participant.code, group: participant.group, language: participant.language },
      });
      return toParticipantView(participant);
    });
  }

  async list(actor: Actor, query: ListParticipantsQuery): Promise<ParticipantView[]> {
    const qb = this.dataSource.getRepository(Participant).createQueryBuilder('p').orderBy('p.code', 'ASC').limit(LIST_LIMIT);
    const scope = centerScope(actor);
    if (scope) qb.andWhere('p.center_code = :scope', { scope });
    if (query.center) qb.andWhere('p.center_code = :center', { center: query.center });
    if (query.group) qb.andWhere('p.stakeholder_group = :group', { group: query.group });
    if (query.status === 'active') qb.andWhere('p.withdrawn_at IS NULL');
    if (query.status === 'withdrawn') qb.andWhere('p.withdrawn_at IS NOT NULL');
    if (query.search) {
      const pattern = `%${query.search.toUpperCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      qb.andWhere(new Brackets((w) => w.where('p.code LIKE :pattern', { pattern })));
    }
    return (await qb.getMany()).map(toParticipantView);
  }

  async get(actor: Actor, id: string): Promise<ParticipantView> {
    return toParticipantView(await this.findVisible(this.dataSource.manager, actor, id));
  }

  async recordConsent(actor: Actor, id: string, input: ConsentInput): Promise<ParticipantView> {
    return this.dataSource.transaction(async (manager) => {
      const participant = await this.findVisible(manager, actor, id, true);
      if (participant.withdrawnAt) throw new AppError('PARTICIPANT_WITHDRAWN');
      participant.consentVersion = input.version;
      participant.consentGivenAt = new Date();
      await manager.save(participant);
      await this.audit.append(manager, {
        actor,
        action: 'participant.consent_recorded',
        entity: 'participant',
        entityId: participant.id,
        center: participant.centerCode,
        summary: { consentVersion: input.version },
      });
      return toParticipantView(participant);
    });
  }

  /** Withdrawal, keeping or erasing (permanently, in this one transaction) the research data. */
  async withdraw(actor: Actor, id: string, input: WithdrawInput): Promise<ParticipantView> {
    return this.dataSource.transaction(async (manager) => {
      const participant = await this.findVisible(manager, actor, id, true);
      if (participant.withdrawnAt) throw new AppError('PARTICIPANT_WITHDRAWN');
      const erased = input.dataHandling === 'erase' ? await this.erasure.eraseAll(manager, participant.id) : null;
      participant.withdrawnAt = new Date();
      participant.dataErased = erased !== null;
      await manager.save(participant);
      await this.audit.append(manager, {
        actor,
        action: erased ? 'participant.withdrawn_and_erased' : 'participant.withdrawn',
        entity: 'participant',
        entityId: participant.id,
        center: participant.centerCode,
        // Counts only: the audit trail must not keep what was erased.
        summary: erased ? { dataHandling: 'erase', erasedCounts: erased } : { dataHandling: 'keep' },
      });
      return toParticipantView(participant);
    });
  }

  private async findVisible(manager: EntityManager, actor: Actor, id: string, lock = false): Promise<Participant> {
    const participant = await manager.findOne(Participant, { where: { id }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
    // Another center's participant is answered exactly like a missing one.
    if (!participant || !canSeeCenter(actor, participant.centerCode)) throw new AppError('NOT_FOUND');
    return participant;
  }

  private async nextSequence(manager: EntityManager, centerCode: string, group: StakeholderGroup): Promise<number> {
    const rows = await manager.query<Array<{ last_value: number }>>(
      `INSERT INTO participant_counter (center_code, stakeholder_group, last_value) VALUES ($1, $2, 1)
       ON CONFLICT (center_code, stakeholder_group) DO UPDATE SET last_value = participant_counter.last_value + 1
       RETURNING last_value`,
      [centerCode, group],
    );
    return rows[0].last_value;
  }
}

