import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1795756307611 implements MigrationInterface {
  name = 'Initial1795756307611';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"center\" (\"code\" character varying(16) NOT NULL, \"name\" text NOT NULL, \"city\" text NOT NULL, \"country\" character(2) NOT NULL, \"default_language\" character varying(2) NOT NULL, CONSTRAINT \"PK_18bfcf32a79cd4804f00e9260de\" PRIMARY KEY (\"code\"))");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP TABLE \"center\"");
  }
}
