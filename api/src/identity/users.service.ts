import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '../access/actor.js';
import { AuditService } from '../audit/audit.service.js';
import { Center } from '../centers/center.entity.js';
import { AppError } from '../common/errors/app-error.js';
import { INVITATION_TTL_MS, newInvitationToken } from './invitation-tokens.js';
import { Invitation, type InvitationKind } from './invitation.entity.js';
import { PROJECT_WIDE_CAPABLE, type Role } from './roles.js';
import { SessionService } from './session.service.js';
import type { InviteUserInput, UpdateUserInput } from './users.schemas.js';
import { toUserView, type UserView } from './user-view.js';
import { User } from './user.entity.js';

export interface IssuedInvitation {
  /** Path of the set-password page; the web app prefixes its own origin. */
  invitationPath: string;
  expiresAt: string;
}

@Injectable()
export class UsersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly sessions: SessionService,
  ) {}

  async view(id: string): Promise<UserView> {
    const user = await this.dataSource.getRepository(User).findOneBy({ id });
    if (!user) throw new AppError('NOT_FOUND');
    return toUserView(user);
  }

  async list(): Promise<UserView[]> {
    const users = await this.dataSource.getRepository(User).find({ order: { email: 'ASC' } });
    return users.map(toUserView);
  }

  /** Admins invite anyone; leads invite researchers only. */
  async invite(actor: Actor, input: InviteUserInput): Promise<IssuedInvitation> {
    if (actor.role === 'lead' && input.role !== 'researcher') throw new AppError('FORBIDDEN');
    return this.dataSource.transaction(async (manager) => {
      await this.assertValidPlacement(manager, input.role, input.center);
      if (await manager.existsBy(User, { email: input.email })) throw new AppError('EMAIL_TAKEN');
      const issued = await this.issueInvitation(manager, actor, 'invite', input.email, input.role, input.center, null);
      await this.audit.append(manager, {
        actor,
        action: 'user.invited',
        entity: 'user_invitation',
        center: input.center,
        summary: { role: input.role, center: input.center },
      });
      return issued;
    });
  }

  async requestPasswordReset(actor: Actor, userId: string): Promise<IssuedInvitation> {
    return this.dataSource.transaction(async (manager) => {
      const user = await manager.findOneBy(User, { id: userId });
      if (!user) throw new AppError('NOT_FOUND');
      const issued = await this.issueInvitation(manager, actor, 'reset', user.email, user.role, user.centerCode, user.id);
      await this.audit.append(manager, { actor, action: 'user.password_reset_issued', entity: 'user', entityId: user.id, center: user.centerCode });
      return issued;
    });
  }

  /** Role, center, name and disabling; a permission change ends the user's sessions. */
  async update(actor: Actor, userId: string, input: UpdateUserInput): Promise<UserView> {
    return this.dataSource.transaction(async (manager) => {
      const user = await manager.findOneBy(User, { id: userId });
      if (!user) throw new AppError('NOT_FOUND');
      if (user.id === actor.id && (input.disabled === true || (input.role && input.role !== user.role))) {
        // An admin locking themselves out leaves nobody to undo it.
        throw new AppError('FORBIDDEN');
      }
      const before = { role: user.role, center: user.centerCode, disabled: user.disabled };
      const role = input.role ?? user.role;
      const center = input.center === undefined ? user.centerCode : input.center;
      await this.assertValidPlacement(manager, role, center);
      Object.assign(user, {
        role,
        centerCode: center,
        disabled: input.disabled ?? user.disabled,
        displayName: input.displayName ?? user.displayName,
        language: input.language ?? user.language,
      });
      await manager.save(user);
      const after = { role: user.role, center: user.centerCode, disabled: user.disabled };
      const permissionsChanged = before.role !== after.role || before.center !== after.center || before.disabled !== after.disabled;
      if (permissionsChanged) await this.sessions.revokeAllOf(manager, user.id);
      await this.audit.append(manager, {
        actor,
        action: permissionsChanged ? 'user.permissions_changed' : 'user.updated',
        entity: 'user',
        entityId: user.id,
        center: user.centerCode,
        summary: permissionsChanged ? { before, after } : { fields: Object.keys(input) },
      });
      return toUserView(user);
    });
  }

  private async assertValidPlacement(manager: EntityManager, role: Role, center: string | null): Promise<void> {
    if (center === null && !PROJECT_WIDE_CAPABLE.includes(role)) {
      throw new AppError('VALIDATION_FAILED', {}, { issues: [{ path: 'center', rule: 'required' }] });
    }
    if (center !== null && !(await manager.existsBy(Center, { code: center }))) {
      throw new AppError('VALIDATION_FAILED', {}, { issues: [{ path: 'center', rule: 'invalid' }] });
    }
  }

  private async issueInvitation(
    manager: EntityManager,
    actor: Actor,
    kind: InvitationKind,
    email: string,
    role: Role,
    centerCode: string | null,
    userId: string | null,
  ): Promise<IssuedInvitation> {
    const { token, tokenHash } = newInvitationToken();
    const now = new Date();
    const expiresAt = new Date(now.getTime() + INVITATION_TTL_MS);
    await manager.insert(Invitation, { tokenHash, kind, email, role, centerCode, userId, createdBy: actor.id, createdAt: now, expiresAt, usedAt: null });
    return { invitationPath: `/invitation/${token}`, expiresAt: expiresAt.toISOString() };
  }
}
