import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One accountable action. Append-only: triggers (see the AuditAppendOnly and AuditSealing
 * migrations) make the database refuse DELETE and any UPDATE except sealing an unsealed event once.
 * Writers only insert; the sealer then chains settled events in order: `seq`, the previous
 * event's hash and this event's hash (see audit-sealer.ts). `summary` says what changed, never
 * answer contents or identifiers of participants.
 */
@Entity('audit_event')
// The viewer filters by time, action and center.
@Index('IDX_audit_event_at', ['at'])
@Index('IDX_audit_event_action', ['action'])
@Index('IDX_audit_event_center', ['centerCode'])
export class AuditEvent {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id: string;

  // The writing transaction: events are sealed only once every transaction before them settled.
  @Column({ type: 'bigint', default: () => 'txid_current()' })
  txid: string;

  // Position in the hash chain, assigned when sealed; null while pending.
  @Index('UQ_audit_event_seq', { unique: true })
  @Column({ type: 'bigint', nullable: true })
  seq: string | null;

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

  @Column({ name: 'prev_hash', type: 'char', length: 64, nullable: true })
  prevHash: string | null;

  @Column({ type: 'char', length: 64, nullable: true })
  hash: string | null;
}
