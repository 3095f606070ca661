import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Written by hand (triggers are outside what the entity diff sees): the database itself refuses
 * UPDATE, DELETE and TRUNCATE on audit_event, whoever asks, so the trail is append-only even for
 * code paths or people that bypass the API.
 */
export class AuditAppendOnly1795756640934 implements MigrationInterface {
  name = 'AuditAppendOnly1795756640934';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION audit_event_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_event is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
      END
      $$`);
    await queryRunner.query(
      'CREATE TRIGGER audit_event_no_update_delete BEFORE UPDATE OR DELETE ON audit_event FOR EACH ROW EXECUTE FUNCTION audit_event_is_append_only()',
    );
    await queryRunner.query(
      'CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event FOR EACH STATEMENT EXECUTE FUNCTION audit_event_is_append_only()',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER audit_event_no_truncate ON audit_event');
    await queryRunner.query('DROP TRIGGER audit_event_no_update_delete ON audit_event');
    await queryRunner.query('DROP FUNCTION audit_event_is_append_only()');
  }
}
