import { Global, Module } from '@nestjs/common';
import { AuditQueryService } from './audit-query.service.js';
import { AuditController } from './audit.controller.js';
import { AuditService } from './audit.service.js';
import { AuditSealer } from './audit-sealer.js';

/** Global: every feature appends to the one trail. */
@Global()
@Module({ controllers: [AuditController], providers: [AuditService, AuditQueryService, AuditSealer], exports: [AuditService] })
export class AuditModule {}
