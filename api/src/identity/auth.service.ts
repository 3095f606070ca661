import { Injectable } from '@nestjs/common';
import { DataSource, IsNull, MoreThan } from 'typeorm';
import type { Actor } from '../access/actor.js';
import { AuditService } from '../audit/audit.service.js';
import { AppError } from '../common/errors/app-error.js';
import type { AcceptInvitationInput, LoginInput } from './auth.schemas.js';
import { hashInvitationToken } from './invitation-tokens.js';
import { Invitation, type InvitationKind } from './invitation.entity.js';
import { MIN_PASSWORD_LENGTH, passwordProblem } from './password-policy.js';
import { hashPassword, spendVerificationTime, verifyPassword } from './password-hasher.js';
import type { Role } from './roles.js';
import { SessionService, type IssuedSession } from './session.service.js';
import { SignInThrottle } from './sign-in-throttle.js';
import { toUserView, type UserView } from './user-view.js';
import { User } from './user.entity.js';

export interface SignedIn {
  user: UserView;
  session: IssuedSession;
}

export interface InvitationView {
  email: string;
  role: Role;
  center: string | null;
  kind: InvitationKind;
  expiresAt: string;
}

@Injectable()
export class AuthService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly sessions: SessionService,
    private readonly throttle: SignInThrottle,
    private readonly audit: AuditService,
  ) {}

  async login(input: LoginInput, address: string): Promise<SignedIn> {
    await this.throttle.assertAllowed(input.email, address);
    const user = await this.dataSource.getRepository(User).findOneBy({ email: input.email });
    const valid = user?.passwordHash ? await verifyPassword(user.passwordHash, input.password) : (await spendVerificationTime(input.password), false);
    if (!user || !valid) {
      await this.dataSource.transaction(async (manager) => {
        await this.throttle.recordFailure(manager, input.email, address);
        await this.audit.append(manager, {
          actor: null,
          action: 'auth.sign_in_failed',
          entity: 'user',
          entityId: user?.id ?? null,
          center: user?.centerCode ?? null,
          summary: { knownAccount: Boolean(user) },
        });
      });
      throw new AppError('INVALID_CREDENTIALS');
    }
    if (user.disabled) throw new AppError('ACCOUNT_DISABLED');
    return this.dataSource.transaction(async (manager) => {
      const session = await this.sessions.issue(manager, user.id);
      await this.audit.append(manager, { actor: user, action: 'auth.signed_in', entity: 'user', entityId: user.id, center: user.centerCode });
      return { user: toUserView(user), session };
    });
  }

  async logout(actor: Actor): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await this.sessions.revoke(manager, actor.sessionTokenHash);
      await this.audit.append(manager, { actor, action: 'auth.signed_out', entity: 'user', entityId: actor.id, center: actor.center });
    });
  }

  async describeInvitation(token: string): Promise<InvitationView> {
    const invitation = await this.findUsableInvitation(token);
    return {
      email: invitation.email,
      role: invitation.role,
      center: invitation.centerCode,
      kind: invitation.kind,
      expiresAt: invitation.expiresAt.toISOString(),
    };
  }

  /** Creates the account (invite) or replaces the password (reset), uses up the link and signs in. */
  async acceptInvitation(token: string, input: AcceptInvitationInput): Promise<SignedIn> {
    const invitation = await this.findUsableInvitation(token);
    const problem = passwordProblem(input.password, invitation.email);
    if (problem) throw new AppError('WEAK_PASSWORD', {}, { issues: [{ path: 'password', rule: `password_${problem}`, params: { minimum: MIN_PASSWORD_LENGTH } }] });
    const passwordHash = await hashPassword(input.password);
    return this.dataSource.transaction(async (manager) => {
      // The conditional update makes the link single-use even when two tabs submit at once.
      const claimed = await manager.update(Invitation, { id: invitation.id, usedAt: IsNull() }, { usedAt: new Date() });
      if (claimed.affected !== 1) throw new AppError('INVITATION_INVALID');
      let user: User;
      if (invitation.kind === 'reset' && invitation.userId) {
        user = await manager.findOneByOrFail(User, { id: invitation.userId });
        user.passwordHash = passwordHash;
        await manager.save(user);
        await this.sessions.revokeAllOf(manager, user.id);
      } else {
        if (await manager.existsBy(User, { email: invitation.email })) throw new AppError('EMAIL_TAKEN');
        user = await manager.save(
          manager.create(User, {
            email: invitation.email,
            displayName: input.displayName ?? invitation.email.split('@')[0],
            role: invitation.role,
            centerCode: invitation.centerCode,
            passwordHash,
          }),
        );
      }
      const action = invitation.kind === 'reset' ? 'user.password_reset' : 'user.created';
      await this.audit.append(manager, { actor: user, action, entity: 'user', entityId: user.id, center: user.centerCode, summary: { via: 'invitation' } });
      const session = await this.sessions.issue(manager, user.id);
      return { user: toUserView(user), session };
    });
  }

  private async findUsableInvitation(token: string): Promise<Invitation> {
    const invitation = await this.dataSource
      .getRepository(Invitation)
      .findOneBy({ tokenHash: hashInvitationToken(token), usedAt: IsNull(), expiresAt: MoreThan(new Date()) });
    if (!invitation) throw new AppError('INVITATION_INVALID');
    return invitation;
  }
}
