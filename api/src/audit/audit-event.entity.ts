import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One accountable action. Append-only: a trigger (see the AuditTrail migration) makes the
 * database refuse UPDATE and DELETE, and each event holds the hash of the one before it.
 * `summary` says what changed, never answer contents or identifiers of participants.
 */
@Entity('audit_event')
// The viewer filters by time, action and center.
@Index('IDX_audit_event_at', ['at'])
@Index('IDX_audit_event_action', ['action'])
@Index('IDX_audit_event_center', ['centerCode'])
export class AuditEvent {
  // Monotonic: the chain order.
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id: string;

  @Column({ type: 'timestamptz' })
  at: Date;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId: string | null;

  @Column({ name: 'actor_email', type: 'text', nullable: true })
  actorEmail: string | null;

  @Column({ type: 'varchar', length: 64 })
  action: string;

  @Column({ type: 'varchar', length: 64 })
  entity: string;

  @Column({ name: 'entity_id', type: 'text', nullable: true })
  entityId: string | null;

  @Column({ name: 'center_code', type: 'varchar', length: 16, nullable: true })
  centerCode: string | null;

  @Column({ type: 'jsonb', default: {} })
  summary: Record<string, unknown>;

  @Column({ name: 'prev_hash', type: 'char', length: 64 })
  prevHash: string;

  @Column({ type: 'char', length: 64 })
  hash: string;
}
