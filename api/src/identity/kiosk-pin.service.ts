import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Actor } from '../access/actor.js';
import { AuditService } from '../audit/audit.service.js';
import { AppError } from '../common/errors/app-error.js';
import { SurveyAccessToken } from '../survey-access/survey-access-token.entity.js';
import type { SurveyAccess } from '../survey-access/survey-access.js';
import { hashPassword, verifyPassword } from './password-hasher.js';
import { User } from './user.entity.js';

const MAX_FAILED_UNLOCKS = 5;

/**
 * The staff PIN that leaves kiosk mode on a tablet. Checked against the PIN of the staff member
 * who started the tablet session; five wrong PINs lock that session for good (staff start a new one).
 */
@Injectable()
export class KioskPinService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async setPin(actor: Actor, pin: string): Promise<void> {
    const hash = await hashPassword(pin);
    await this.dataSource.transaction(async (manager) => {
      await manager.update(User, { id: actor.id }, { kioskPinHash: hash });
      await this.audit.append(manager, { actor, action: 'user.kiosk_pin_set', entity: 'user', entityId: actor.id, center: actor.center });
    });
  }

  async hasPin(actor: Actor): Promise<boolean> {
    const user = await this.dataSource.getRepository(User).findOne({ where: { id: actor.id }, select: { id: true, kioskPinHash: true } });
    return Boolean(user?.kioskPinHash);
  }

  async unlock(access: SurveyAccess, pin: string): Promise<void> {
    if (access.kind !== 'tablet') throw new AppError('FORBIDDEN');
    const token = await this.dataSource.getRepository(SurveyAccessToken).findOneBy({ id: access.tokenId });
    if (!token) throw new AppError('SURVEY_TOKEN_INVALID');
    if (token.failedUnlocks >= MAX_FAILED_UNLOCKS) throw new AppError('TOO_MANY_REQUESTS', {}, { retryAfterSeconds: 3600 });
    const staff = await this.dataSource.getRepository(User).findOne({ where: { id: token.createdBy }, select: { id: true, kioskPinHash: true } });
    if (!staff?.kioskPinHash || !(await verifyPassword(staff.kioskPinHash, pin))) {
      await this.dataSource.getRepository(SurveyAccessToken).increment({ id: token.id }, 'failedUnlocks', 1);
      throw new AppError('PIN_INCORRECT');
    }
  }
}
