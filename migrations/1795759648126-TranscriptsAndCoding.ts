import type { MigrationInterface, QueryRunner } from 'typeorm';

export class TranscriptsAndCoding1795759648126 implements MigrationInterface {
  name = 'TranscriptsAndCoding1795759648126';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"code\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"key\" character varying(80) NOT NULL, \"parent_id\" uuid, \"name\" jsonb NOT NULL, \"definition\" jsonb NOT NULL DEFAULT '{}', \"inclusion\" jsonb NOT NULL DEFAULT '{}', \"exclusion\" jsonb NOT NULL DEFAULT '{}', \"example\" jsonb NOT NULL DEFAULT '{}', \"color\" character varying(7) NOT NULL DEFAULT '#5b6b7a', \"criterion\" character varying(16), \"valence\" character varying(16), \"task\" character varying(16), \"revision\" integer NOT NULL DEFAULT '1', \"merged_into_id\" uuid, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_367e70f79a9106b8e802e1a9825\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"UQ_code_key\" ON \"code\"  (\"key\") ");
    await queryRunner.query("CREATE INDEX \"IDX_code_parent\" ON \"code\"  (\"parent_id\") ");
    await queryRunner.query("CREATE TABLE \"code_change\" (\"id\" BIGSERIAL NOT NULL, \"code_id\" uuid NOT NULL, \"at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"actor_id\" uuid, \"kind\" character varying(16) NOT NULL, \"before\" jsonb, \"after\" jsonb, CONSTRAINT \"PK_75bc96fa2976d835b228f1763d8\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_code_change_code\" ON \"code_change\"  (\"code_id\") ");
    await queryRunner.query("CREATE TABLE \"transcript\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"participant_id\" uuid NOT NULL, \"center_code\" character varying(16) NOT NULL, \"stakeholder_group\" character varying(16) NOT NULL, \"language\" character varying(2) NOT NULL, \"interview_month\" date NOT NULL, \"source_format\" character varying(8) NOT NULL, \"text\" text NOT NULL, \"length_cp\" integer NOT NULL, \"codings_revealed_at\" TIMESTAMP WITH TIME ZONE, \"created_by\" uuid NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_b5b7a9bdb53103727ced1eec10e\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_transcript_participant\" ON \"transcript\"  (\"participant_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_transcript_center_group_language\" ON \"transcript\"  (\"center_code\", \"stakeholder_group\", \"language\") ");
    await queryRunner.query("CREATE TABLE \"coding\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"transcript_id\" uuid NOT NULL, \"code_id\" uuid NOT NULL, \"coder_id\" uuid NOT NULL, \"start_cp\" integer NOT NULL, \"end_cp\" integer NOT NULL, \"memo\" text, \"revision\" integer NOT NULL DEFAULT '1', \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_f111c50f808133a6f11ff1bccb3\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_coding_transcript_coder\" ON \"coding\"  (\"transcript_id\", \"coder_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_coding_code\" ON \"coding\"  (\"code_id\") ");
    await queryRunner.query("CREATE TABLE \"coding_event\" (\"id\" BIGSERIAL NOT NULL, \"at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"coder_id\" uuid NOT NULL, \"kind\" character varying(16) NOT NULL, \"coding_id\" uuid NOT NULL, \"transcript_id\" uuid NOT NULL, \"code_id\" uuid NOT NULL, \"start_cp\" integer NOT NULL, \"end_cp\" integer NOT NULL, \"memo\" text, CONSTRAINT \"PK_708153173cac65c1e8058a81c68\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_coding_event_transcript\" ON \"coding_event\"  (\"transcript_id\") ");
    await queryRunner.query("CREATE TABLE \"memo\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"target_type\" character varying(16) NOT NULL, \"target_id\" uuid, \"author_id\" uuid NOT NULL, \"text\" text NOT NULL, \"revision\" integer NOT NULL DEFAULT '1', \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_612b46ac33a01fda3efb085302d\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_memo_target\" ON \"memo\"  (\"target_type\", \"target_id\") ");
    await queryRunner.query("CREATE TABLE \"pseudonym_term\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"term_hash\" character(64) NOT NULL, \"word_count\" integer NOT NULL, \"placeholder\" character varying(32) NOT NULL, \"kind\" character varying(16) NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT \"PK_ecd2b36ed9c2a9fa5d2a74637e1\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"UQ_pseudonym_term_hash\" ON \"pseudonym_term\"  (\"term_hash\") ");
    await queryRunner.query("CREATE TABLE \"segment\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"transcript_id\" uuid NOT NULL, \"ordinal\" integer NOT NULL, \"start_cp\" integer NOT NULL, \"end_cp\" integer NOT NULL, \"speaker_label\" text, \"role\" character varying(16) NOT NULL, \"media_start\" double precision, \"media_end\" double precision, \"language\" character varying(2) NOT NULL, \"text\" text NOT NULL, CONSTRAINT \"PK_d648ac58d8e0532689dfb8ad7ef\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_segment_transcript_ordinal\" ON \"segment\"  (\"transcript_id\", \"ordinal\") ");
    await queryRunner.query("ALTER TABLE \"transcript\" ADD CONSTRAINT \"FK_68be0ea442b7238caa564180853\" FOREIGN KEY (\"participant_id\") REFERENCES \"participant\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"coding\" ADD CONSTRAINT \"FK_a55be516a8ea49a39dbd7492795\" FOREIGN KEY (\"transcript_id\") REFERENCES \"transcript\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"coding\" ADD CONSTRAINT \"FK_f73d5ee1d8b7ffc95e3e8632500\" FOREIGN KEY (\"code_id\") REFERENCES \"code\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"segment\" ADD CONSTRAINT \"FK_63ee413c51e774c833f3a0fdb38\" FOREIGN KEY (\"transcript_id\") REFERENCES \"transcript\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"segment\" DROP CONSTRAINT \"FK_63ee413c51e774c833f3a0fdb38\"");
    await queryRunner.query("ALTER TABLE \"coding\" DROP CONSTRAINT \"FK_f73d5ee1d8b7ffc95e3e8632500\"");
    await queryRunner.query("ALTER TABLE \"coding\" DROP CONSTRAINT \"FK_a55be516a8ea49a39dbd7492795\"");
    await queryRunner.query("ALTER TABLE \"transcript\" DROP CONSTRAINT \"FK_68be0ea442b7238caa564180853\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_segment_transcript_ordinal\"");
    await queryRunner.query("DROP TABLE \"segment\"");
    await queryRunner.query("DROP INDEX \"public\".\"UQ_pseudonym_term_hash\"");
    await queryRunner.query("DROP TABLE \"pseudonym_term\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_memo_target\"");
    await queryRunner.query("DROP TABLE \"memo\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_coding_event_transcript\"");
    await queryRunner.query("DROP TABLE \"coding_event\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_coding_code\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_coding_transcript_coder\"");
    await queryRunner.query("DROP TABLE \"coding\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_transcript_center_group_language\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_transcript_participant\"");
    await queryRunner.query("DROP TABLE \"transcript\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_code_change_code\"");
    await queryRunner.query("DROP TABLE \"code_change\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_code_parent\"");
    await queryRunner.query("DROP INDEX \"public\".\"UQ_code_key\"");
    await queryRunner.query("DROP TABLE \"code\"");
  }
}
