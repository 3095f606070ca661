import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Exemplar quotes pinned to a criterion and stakeholder group of the joint display, with translations. */
export class PinnedQuotes1795762000000 implements MigrationInterface {
  name = 'PinnedQuotes1795762000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"pinned_quote\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"coding_id\" uuid NOT NULL, \"criterion\" character varying(24) NOT NULL, \"stakeholder_group\" character varying(16) NOT NULL, \"translations\" jsonb NOT NULL DEFAULT '{}', \"center_code\" character varying(16) NOT NULL, \"pinned_by\" uuid NOT NULL, \"revision\" integer NOT NULL DEFAULT '1', \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_e4ce44f5441799d3937eda271fe\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_pinned_quote_criterion_group\" ON \"pinned_quote\"  (\"criterion\", \"stakeholder_group\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"UQ_pinned_quote_coding_criterion_group\" ON \"pinned_quote\"  (\"coding_id\", \"criterion\", \"stakeholder_group\") ");
    await queryRunner.query("ALTER TABLE \"pinned_quote\" ADD CONSTRAINT \"FK_1127434fc6dd175a321ed30f505\" FOREIGN KEY (\"coding_id\") REFERENCES \"coding\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"pinned_quote\" DROP CONSTRAINT \"FK_1127434fc6dd175a321ed30f505\"");
    await queryRunner.query("DROP INDEX \"public\".\"UQ_pinned_quote_coding_criterion_group\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_pinned_quote_criterion_group\"");
    await queryRunner.query("DROP TABLE \"pinned_quote\"");
  }
}
