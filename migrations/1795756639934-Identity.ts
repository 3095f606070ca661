import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Identity1795756639934 implements MigrationInterface {
  name = 'Identity1795756639934';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"audit_event\" (\"id\" BIGSERIAL NOT NULL, \"at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"actor_id\" uuid, \"actor_email\" text, \"action\" character varying(64) NOT NULL, \"entity\" character varying(64) NOT NULL, \"entity_id\" text, \"center_code\" character varying(16), \"summary\" jsonb NOT NULL DEFAULT '{}', \"prev_hash\" character(64) NOT NULL, \"hash\" character(64) NOT NULL, CONSTRAINT \"PK_481efbe8b0a403efe3f47a6528f\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_audit_event_center\" ON \"audit_event\"  (\"center_code\") ");
    await queryRunner.query("CREATE INDEX \"IDX_audit_event_action\" ON \"audit_event\"  (\"action\") ");
    await queryRunner.query("CREATE INDEX \"IDX_audit_event_at\" ON \"audit_event\"  (\"at\") ");
    await queryRunner.query("CREATE TABLE \"user_invitation\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"token_hash\" character(64) NOT NULL, \"kind\" character varying(8) NOT NULL, \"email\" text NOT NULL, \"role\" character varying(16) NOT NULL, \"center_code\" character varying(16), \"user_id\" uuid, \"created_by\" uuid NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"expires_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"used_at\" TIMESTAMP WITH TIME ZONE, CONSTRAINT \"PK_41026b90b70299ac5dc0183351a\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"UQ_user_invitation_token\" ON \"user_invitation\"  (\"token_hash\") ");
    await queryRunner.query("CREATE TABLE \"app_user\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"email\" text NOT NULL, \"display_name\" text NOT NULL, \"role\" character varying(16) NOT NULL, \"center_code\" character varying(16), \"language\" character varying(2) NOT NULL DEFAULT 'en', \"password_hash\" text, \"disabled\" boolean NOT NULL DEFAULT false, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_22a5c4a3d9b2fb8e4e73fc4ada1\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"UQ_app_user_email\" ON \"app_user\"  (\"email\") ");
    await queryRunner.query("CREATE TABLE \"user_session\" (\"token_hash\" character(64) NOT NULL, \"user_id\" uuid NOT NULL, \"csrf_token\" character(43) NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"last_seen_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"expires_at\" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT \"PK_9ccf6d901cef4067214284f327e\" PRIMARY KEY (\"token_hash\"))");
    await queryRunner.query("CREATE INDEX \"IDX_user_session_user\" ON \"user_session\"  (\"user_id\") ");
    await queryRunner.query("CREATE TABLE \"sign_in_failure\" (\"id\" BIGSERIAL NOT NULL, \"email\" text NOT NULL, \"address\" character varying(64) NOT NULL, \"at\" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT \"PK_5ad9835b7a6e51262f6fe5024de\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_sign_in_failure_address_at\" ON \"sign_in_failure\"  (\"address\", \"at\") ");
    await queryRunner.query("CREATE INDEX \"IDX_sign_in_failure_email_at\" ON \"sign_in_failure\"  (\"email\", \"at\") ");
    await queryRunner.query("CREATE TABLE \"participant_counter\" (\"center_code\" character varying(16) NOT NULL, \"stakeholder_group\" character varying(16) NOT NULL, \"last_value\" integer NOT NULL, CONSTRAINT \"PK_eb167244bbeebbd9e08ac8a5622\" PRIMARY KEY (\"center_code\", \"stakeholder_group\"))");
    await queryRunner.query("CREATE TABLE \"participant\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"code\" character varying(32) NOT NULL, \"center_code\" character varying(16) NOT NULL, \"stakeholder_group\" character varying(16) NOT NULL, \"sequence\" integer NOT NULL, \"language\" character varying(2) NOT NULL, \"consent_version\" character varying(64), \"consent_given_at\" TIMESTAMP WITH TIME ZONE, \"withdrawn_at\" TIMESTAMP WITH TIME ZONE, \"data_erased\" boolean NOT NULL DEFAULT false, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_64da4237f502041781ca15d4c41\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"UQ_participant_code\" ON \"participant\"  (\"code\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"UQ_participant_center_group_sequence\" ON \"participant\"  (\"center_code\", \"stakeholder_group\", \"sequence\") ");
    await queryRunner.query("ALTER TABLE \"app_user\" ADD CONSTRAINT \"FK_5e2d34f4e7f8bd86c06c1380295\" FOREIGN KEY (\"center_code\") REFERENCES \"center\"(\"code\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"user_session\" ADD CONSTRAINT \"FK_13275383dcdf095ee29f2b3455a\" FOREIGN KEY (\"user_id\") REFERENCES \"app_user\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"participant\" ADD CONSTRAINT \"FK_23897905c65f7cd24976cef8ac0\" FOREIGN KEY (\"center_code\") REFERENCES \"center\"(\"code\") ON DELETE RESTRICT ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"participant\" DROP CONSTRAINT \"FK_23897905c65f7cd24976cef8ac0\"");
    await queryRunner.query("ALTER TABLE \"user_session\" DROP CONSTRAINT \"FK_13275383dcdf095ee29f2b3455a\"");
    await queryRunner.query("ALTER TABLE \"app_user\" DROP CONSTRAINT \"FK_5e2d34f4e7f8bd86c06c1380295\"");
    await queryRunner.query("DROP INDEX \"public\".\"UQ_participant_center_group_sequence\"");
    await queryRunner.query("DROP INDEX \"public\".\"UQ_participant_code\"");
    await queryRunner.query("DROP TABLE \"participant\"");
    await queryRunner.query("DROP TABLE \"participant_counter\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_sign_in_failure_email_at\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_sign_in_failure_address_at\"");
    await queryRunner.query("DROP TABLE \"sign_in_failure\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_user_session_user\"");
    await queryRunner.query("DROP TABLE \"user_session\"");
    await queryRunner.query("DROP INDEX \"public\".\"UQ_app_user_email\"");
    await queryRunner.query("DROP TABLE \"app_user\"");
    await queryRunner.query("DROP INDEX \"public\".\"UQ_user_invitation_token\"");
    await queryRunner.query("DROP TABLE \"user_invitation\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_audit_event_at\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_audit_event_action\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_audit_event_center\"");
    await queryRunner.query("DROP TABLE \"audit_event\"");
  }
}
