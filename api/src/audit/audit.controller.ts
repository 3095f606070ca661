import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Allow } from '../access/access-policy.js';
import { CurrentActor, type Actor } from '../access/actor.js';
import { ZodValidationPipe } from '../common/validation/zod-validation.pipe.js';

import { AuditQueryService, type AuditEventView } from './audit-query.service.js';
import { listAuditSchema, type ListAuditQuery } from './audit.schemas.js';
import { AuditService, type AuditVerdict } from './audit.service.js';

@ApiTags('audit')
@Controller('audit')
export class AuditController {
  constructor(
    private readonly queries: AuditQueryService,
    private readonly audit: AuditService,
  ) {}

  @Get()
  @Allow(['admin', 'lead'])
  list(@CurrentActor() actor: Actor, @Query(new ZodValidationPipe(listAuditSchema)) query: ListAuditQuery): Promise<{ items: AuditEventView[]; total: number }> {
    return this.queries.list(actor, query);
  }

  @Get('verify')
  @Allow(['admin'], { projectWide: true })
  verify(): Promise<AuditVerdict> {
    return this.audit.verify();
  }
}
