import { createHmac, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, LessThan, type EntityManager } from 'typeorm';
import type { Actor } from '../access/actor.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/env.js';
import { Session } from './session.entity.js';
import { User } from './user.entity.js';

export const SESSION_COOKIE = 'polyphony_session';
export const CSRF_COOKIE = 'polyphony_csrf';

const IDLE_TIMEOUT_MS = 30 * 60_000;
const ABSOLUTE_TIMEOUT_MS = 12 * 60 * 60_000;
// Writing last_seen_at on every request would turn each read into a write; once a minute is enough.
const TOUCH_INTERVAL_MS = 60_000;

export interface ResolvedSession {
  actor: Actor;
  csrfToken: string;
}

export interface IssuedSession {
  token: string;
  csrfToken: string;
  expiresAt: Date;
}

@Injectable()
export class SessionService {
  private readonly secret: string;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.secret = config.sessionSecret;
  }

  /** Only the HMAC of a token is stored, so a copy of the database cannot be used to sign in. */
  hashToken(token: string): string {
    return createHmac('sha256', this.secret).update(token).digest('hex');
  }

  async issue(manager: EntityManager, userId: string): Promise<IssuedSession> {
    const token = randomBytes(32).toString('base64url');
    const csrfToken = randomBytes(32).toString('base64url');
    const now = new Date();
    const expiresAt = new Date(now.getTime() + ABSOLUTE_TIMEOUT_MS);
    await manager.insert(Session, { tokenHash: this.hashToken(token), userId, csrfToken, createdAt: now, lastSeenAt: now, expiresAt });
    return { token, csrfToken, expiresAt };
  }

  /** The actor behind a cookie, or null when the session is unknown, expired, idle too long or the user disabled. */
  async resolve(token: string): Promise<ResolvedSession | null> {
    if (token.length > 128) return null;
    const tokenHash = this.hashToken(token);
    const row = await this.dataSource
      .getRepository(Session)
      .createQueryBuilder('s')
      .innerJoinAndSelect('s.user', 'u')
      .where('s.token_hash = :tokenHash', { tokenHash })
      .getOne();
    const now = Date.now();
    if (!row?.user || row.user.disabled || row.expiresAt.getTime() <= now || row.lastSeenAt.getTime() + IDLE_TIMEOUT_MS <= now) {
      return null;
    }
    if (row.lastSeenAt.getTime() + TOUCH_INTERVAL_MS < now) {
      await this.dataSource.getRepository(Session).update({ tokenHash }, { lastSeenAt: new Date(now) });
    }
    return { actor: toActor(row.user, tokenHash), csrfToken: row.csrfToken.trim() };
  }

  async revoke(manager: EntityManager, tokenHash: string): Promise<void> {
    await manager.delete(Session, { tokenHash });
  }

  async revokeAllOf(manager: EntityManager, userId: string): Promise<void> {
    await manager.delete(Session, { userId });
  }

  /** Housekeeping: sessions past their absolute expiry. */
  async purgeExpired(): Promise<number> {
    const result = await this.dataSource.getRepository(Session).delete({ expiresAt: LessThan(new Date()) });
    return result.affected ?? 0;
  }
}

export function toActor(user: User, sessionTokenHash: string): Actor {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    role: user.role,
    center: user.centerCode,
    language: user.language,
    sessionTokenHash,
  };
}
