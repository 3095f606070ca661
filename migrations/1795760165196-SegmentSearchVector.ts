import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SegmentSearchVector1795760165196 implements MigrationInterface {
  name = 'SegmentSearchVector1795760165196';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"segment\" ADD \"search_vector\" tsvector");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"segment\" DROP COLUMN \"search_vector\"");
  }
}
