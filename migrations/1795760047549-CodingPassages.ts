import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CodingPassages1795760047549 implements MigrationInterface {
  name = 'CodingPassages1795760047549';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"coding\" ADD \"passage\" text NOT NULL DEFAULT ''");
    await queryRunner.query("ALTER TABLE \"coding\" ADD \"context_before\" text NOT NULL DEFAULT ''");
    await queryRunner.query("ALTER TABLE \"coding\" ADD \"context_after\" text NOT NULL DEFAULT ''");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"coding\" DROP COLUMN \"context_after\"");
    await queryRunner.query("ALTER TABLE \"coding\" DROP COLUMN \"context_before\"");
    await queryRunner.query("ALTER TABLE \"coding\" DROP COLUMN \"passage\"");
  }
}
