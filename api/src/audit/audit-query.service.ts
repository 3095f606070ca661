import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { centerScope, type Actor } from '../access/actor.js';
import { AuditEvent } from './audit-event.entity.js';
import type { ListAuditQuery } from './audit.schemas.js';

export interface AuditEventView {
  id: string;
  at: string;
  actorId: string | null;
  actorEmail: string | null;
  action: string;
  entity: string;
  entityId: string | null;
  center: string | null;
  summary: Record<string, unknown>;
}

/** Browsing the trail for leads and admins, newest first. */
@Injectable()
export class AuditQueryService {
  constructor(private readonly dataSource: DataSource) {}

  async list(actor: Actor, query: ListAuditQuery): Promise<{ items: AuditEventView[]; total: number }> {
    const qb = this.dataSource.getRepository(AuditEvent).createQueryBuilder('e').orderBy('e.id', 'DESC');
    const scope = centerScope(actor);
    if (scope) qb.andWhere('e.center_code = :scope', { scope });
    if (query.action) qb.andWhere('e.action LIKE :action', { action: `${query.action.replace(/[\\%_]/g, (c) => `\\${c}`)}%` });
    if (query.actorId) qb.andWhere('e.actor_id = :actorId', { actorId: query.actorId });
    if (query.entity) qb.andWhere('e.entity = :entity', { entity: query.entity });
    if (query.center) qb.andWhere('e.center_code = :center', { center: query.center });
    if (query.from) qb.andWhere('e.at >= :from', { from: new Date(query.from) });
    if (query.to) qb.andWhere('e.at <= :to', { to: endOf(query.to) });
    const [rows, total] = await qb
      .skip((query.page - 1) * query.pageSize)
      .take(query.pageSize)
      .getManyAndCount();
    return {
      total,
      items: rows.map((e) => ({
        id: e.id,
        at: e.at.toISOString(),
        actorId: e.actorId,
        actorEmail: e.actorEmail,
        action: e.action,
        entity: e.entity,
        entityId: e.entityId,
        center: e.centerCode,
        summary: e.summary,
      })),
    };
  }
}

/** A bare date as upper bound means the whole of that day. */
function endOf(value: string): Date {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T23:59:59.999Z`) : new Date(value);
}
