import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { Role } from './roles.js';

export type InvitationKind = 'invite' | 'reset';

/** A single-use, expiring link to create an account or set a new password. Only its hash is kept. */
@Entity('user_invitation')
export class Invitation {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('UQ_user_invitation_token', { unique: true })
  @Column({ name: 'token_hash', type: 'char', length: 64 })
  tokenHash: string;

  @Column({ type: 'varchar', length: 8 })
  kind: InvitationKind;

  @Column({ type: 'text' })
  email: string;

  @Column({ type: 'varchar', length: 16 })
  role: Role;

  @Column({ name: 'center_code', type: 'varchar', length: 16, nullable: true })
  centerCode: string | null;

  // Set for password resets: the account whose password is replaced.
  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  userId: string | null;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @Column({ name: 'used_at', type: 'timestamptz', nullable: true })
  usedAt: Date | null;
}
