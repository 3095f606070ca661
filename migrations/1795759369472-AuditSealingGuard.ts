import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Written by hand (triggers are outside what the entity diff sees). Events are now inserted
 * unsealed and sealed once by the sealer, so the append-only rule becomes: no DELETE, no TRUNCATE,
 * and the only UPDATE allowed is sealing an unsealed event (setting seq, prev_hash and hash) while
 * leaving every recorded field as it was.
 */
export class AuditSealingGuard1795759369472 implements MigrationInterface {
  name = 'AuditSealingGuard1795759369472';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION audit_event_guard_update() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF OLD.seq IS NULL AND NEW.seq IS NOT NULL AND NEW.hash IS NOT NULL AND NEW.prev_hash IS NOT NULL
           AND NEW.id = OLD.id AND NEW.txid = OLD.txid AND NEW.at = OLD.at
           AND NEW.actor_id IS NOT DISTINCT FROM OLD.actor_id AND NEW.actor_email IS NOT DISTINCT FROM OLD.actor_email
           AND NEW.action = OLD.action AND NEW.entity = OLD.entity AND NEW.entity_id IS NOT DISTINCT FROM OLD.entity_id
           AND NEW.center_code IS NOT DISTINCT FROM OLD.center_code AND NEW.summary = OLD.summary THEN
          RETURN NEW;
        END IF;
        RAISE EXCEPTION 'audit_event is append-only: only sealing an unsealed event is allowed' USING ERRCODE = 'insufficient_privilege';
      END
      $$`);
    await queryRunner.query('DROP TRIGGER audit_event_no_update_delete ON audit_event');
    await queryRunner.query(
      'CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event FOR EACH ROW EXECUTE FUNCTION audit_event_is_append_only()',
    );
    await queryRunner.query(
      'CREATE TRIGGER audit_event_seal_only BEFORE UPDATE ON audit_event FOR EACH ROW EXECUTE FUNCTION audit_event_guard_update()',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER audit_event_seal_only ON audit_event');
    await queryRunner.query('DROP TRIGGER audit_event_no_delete ON audit_event');
    await queryRunner.query(
      'CREATE TRIGGER audit_event_no_update_delete BEFORE UPDATE OR DELETE ON audit_event FOR EACH ROW EXECUTE FUNCTION audit_event_is_append_only()',
    );
    await queryRunner.query('DROP FUNCTION audit_event_guard_update()');
  }
}
