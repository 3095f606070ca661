import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CodeSuggestions1795764000000 implements MigrationInterface {
  name = 'CodeSuggestions1795764000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"code_suggestion_model\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"created_by\" uuid NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"center_code\" character varying(16), \"language\" character varying(2) NOT NULL, \"method\" character varying(64) NOT NULL, \"training_passages\" integer NOT NULL, \"threshold\" double precision NOT NULL, \"evaluation\" jsonb NOT NULL, CONSTRAINT \"PK_973815434e1895a63c7d01cb143\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE TABLE \"code_suggestion\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"model_id\" uuid NOT NULL, \"transcript_id\" uuid NOT NULL, \"segment_id\" uuid NOT NULL, \"code_id\" uuid NOT NULL, \"requested_by\" uuid NOT NULL, \"start_cp\" integer NOT NULL, \"end_cp\" integer NOT NULL, \"confidence\" double precision NOT NULL, \"status\" character varying(16) NOT NULL DEFAULT 'pending', \"reviewed_by\" uuid, \"reviewed_at\" TIMESTAMP WITH TIME ZONE, \"coding_id\" uuid, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_a6bf049e0805f9649546ed1ddda\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_code_suggestion_segment\" ON \"code_suggestion\"  (\"segment_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_code_suggestion_queue\" ON \"code_suggestion\"  (\"requested_by\", \"status\", \"transcript_id\") ");
    await queryRunner.query("ALTER TABLE \"code_suggestion\" ADD CONSTRAINT \"FK_973815434e1895a63c7d01cb143\" FOREIGN KEY (\"model_id\") REFERENCES \"code_suggestion_model\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"code_suggestion\" ADD CONSTRAINT \"FK_a088f9ae388f902b623d0df68a2\" FOREIGN KEY (\"transcript_id\") REFERENCES \"transcript\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"code_suggestion\" ADD CONSTRAINT \"FK_ae1c47d55a8d9320d441903caa7\" FOREIGN KEY (\"segment_id\") REFERENCES \"segment\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"code_suggestion\" ADD CONSTRAINT \"FK_e3db678ff7ea58b52b38413fd5f\" FOREIGN KEY (\"code_id\") REFERENCES \"code\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"code_suggestion\" DROP CONSTRAINT \"FK_e3db678ff7ea58b52b38413fd5f\"");
    await queryRunner.query("ALTER TABLE \"code_suggestion\" DROP CONSTRAINT \"FK_ae1c47d55a8d9320d441903caa7\"");
    await queryRunner.query("ALTER TABLE \"code_suggestion\" DROP CONSTRAINT \"FK_a088f9ae388f902b623d0df68a2\"");
    await queryRunner.query("ALTER TABLE \"code_suggestion\" DROP CONSTRAINT \"FK_973815434e1895a63c7d01cb143\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_code_suggestion_queue\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_code_suggestion_segment\"");
    await queryRunner.query("DROP TABLE \"code_suggestion\"");
    await queryRunner.query("DROP TABLE \"code_suggestion_model\"");
  }
}
