import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, type Relation } from 'typeorm';
import { Center, type Language } from '../centers/center.entity.js';
import type { Role } from './roles.js';

/** A member of the study team. Participants are never users: they are pseudonymous codes. */
@Entity('app_user')
export class User {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  // Stored lower-cased; unique so one person has one account.
  @Index('UQ_app_user_email', { unique: true })
  @Column({ type: 'text' })
  email: string;

  @Column({ name: 'display_name', type: 'text' })
  displayName: string;

  @Column({ type: 'varchar', length: 16 })
  role: Role;

  // Null means project-wide (admin, lead and researcher only).
  @Column({ name: 'center_code', type: 'varchar', length: 16, nullable: true })
  centerCode: string | null;

  @ManyToOne(() => Center, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'center_code' })
  center?: Relation<Center> | null;

  @Column({ type: 'varchar', length: 2, default: 'en' })
  language: Language;

  // argon2id; null until the invitation is accepted.
  @Column({ name: 'password_hash', type: 'text', nullable: true })
  passwordHash: string | null;

  @Column({ type: 'boolean', default: false })
  disabled: boolean;

  // argon2id of the staff PIN that unlocks a tablet in kiosk mode; null until set.
  @Column({ name: 'kiosk_pin_hash', type: 'text', nullable: true })
  kioskPinHash: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
