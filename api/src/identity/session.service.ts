import { createHmac, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
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

interface ResolvedRow {
  id: string;
  email: string;
  display_name: string;
  role: Actor['role'];
  center_code: string | null;
  language: Actor['language'];
  csrf_token: string;
  stale: boolean;
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

  /**
   * The actor behind a cookie, or null when the session is unknown, expired, idle too long or the
   * user disabled. One hand-written statement (checks in SQL, clock of the database), because this
   * runs before every signed-in request: the query builder cost more CPU than the query itself.
   */
  async resolve(token: string): Promise<ResolvedSession | null> {
    if (token.length > 128) return null;
    const tokenHash = this.hashToken(token);
    const rows = await this.dataSource.query<ResolvedRow[]>(
      `SELECT u.id, u.email, u.display_name, u.role, u.center_code, u.language, s.csrf_token,
              s.last_seen_at < now() - make_interval(secs => $2) AS stale
         FROM user_session s JOIN app_user u ON u.id = s.user_id
        WHERE s.token_hash = $1 AND NOT u.disabled AND s.expires_at > now() AND s.last_seen_at > now() - make_interval(secs => $3)`,
      [tokenHash, TOUCH_INTERVAL_MS / 1000, IDLE_TIMEOUT_MS / 1000],
    );
    const row = rows[0];
    if (!row) return null;
    if (row.stale) await this.dataSource.query('UPDATE user_session SET last_seen_at = now() WHERE token_hash = $1', [tokenHash]);
    const actor: Actor = { id: row.id, email: row.email, displayName: row.display_name, role: row.role, center: row.center_code, language: row.language, sessionTokenHash: tokenHash };
    return { actor, csrfToken: row.csrf_token.trim() };
  }

  async revoke(manager: EntityManager, tokenHash: string): Promise<void> {
    await manager.delete(Session, { tokenHash });
  }

  async revokeAllOf(manager: EntityManager, userId: string): Promise<void> {
    await manager.delete(Session, { userId });
  }

  /** Housekeeping (SessionHousekeeping, hourly): sessions past their absolute expiry or idle too long. */
  async purgeExpired(): Promise<number> {
    const rows = await this.dataSource.query<Array<{ token_hash: string }>>(
      `WITH gone AS (DELETE FROM user_session WHERE expires_at <= now() OR last_seen_at <= now() - make_interval(secs => $1) RETURNING token_hash)
       SELECT token_hash FROM gone`,
      [IDLE_TIMEOUT_MS / 1000],
    );
    return rows.length;
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
