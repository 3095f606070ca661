import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AuditSealing1795759368472 implements MigrationInterface {
  name = 'AuditSealing1795759368472';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"audit_event\" ADD \"txid\" bigint NOT NULL DEFAULT txid_current()");
    await queryRunner.query("ALTER TABLE \"audit_event\" ADD \"seq\" bigint");
    await queryRunner.query("ALTER TABLE \"audit_event\" ALTER COLUMN \"prev_hash\" DROP NOT NULL");
    await queryRunner.query("ALTER TABLE \"audit_event\" ALTER COLUMN \"hash\" DROP NOT NULL");
    await queryRunner.query("CREATE UNIQUE INDEX \"UQ_audit_event_seq\" ON \"audit_event\"  (\"seq\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"public\".\"UQ_audit_event_seq\"");
    await queryRunner.query("ALTER TABLE \"audit_event\" ALTER COLUMN \"hash\" SET NOT NULL");
    await queryRunner.query("ALTER TABLE \"audit_event\" ALTER COLUMN \"prev_hash\" SET NOT NULL");
    await queryRunner.query("ALTER TABLE \"audit_event\" DROP COLUMN \"seq\"");
    await queryRunner.query("ALTER TABLE \"audit_event\" DROP COLUMN \"txid\"");
  }
}
