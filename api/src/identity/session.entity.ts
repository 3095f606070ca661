import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { User } from './user.entity.js';

/**
 * A signed-in browser. Kept in the database so any API replica can serve any request and
 * signing out ends it everywhere. Only an HMAC of the cookie token is stored.
 */
@Entity('user_session')
export class Session {
  @PrimaryColumn({ name: 'token_hash', type: 'char', length: 64 })
  tokenHash: string;

  // Looked up to end all sessions of a user when they are disabled.
  @Index('IDX_user_session_user')
  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: Relation<User>;

  // Synchroniser token: the web client echoes it in X-CSRF-Token on every state change.
  @Column({ name: 'csrf_token', type: 'char', length: 43 })
  csrfToken: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'last_seen_at', type: 'timestamptz' })
  lastSeenAt: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;
}
