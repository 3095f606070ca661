import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SurveysAndResponses1795758285949 implements MigrationInterface {
  name = 'SurveysAndResponses1795758285949';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"instrument\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"key\" character varying(64) NOT NULL, \"title\" jsonb NOT NULL, \"target_groups\" jsonb NOT NULL DEFAULT '[]', \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_1707dc7e7c2845211b38bef3d29\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"UQ_instrument_key\" ON \"instrument\"  (\"key\") ");
    await queryRunner.query("CREATE TABLE \"instrument_version\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"instrument_id\" uuid NOT NULL, \"version\" integer NOT NULL, \"status\" character varying(16) NOT NULL, \"definition\" jsonb NOT NULL, \"languages\" jsonb NOT NULL DEFAULT '[]', \"consent\" jsonb, \"checksum\" character(64), \"revision\" integer NOT NULL DEFAULT '1', \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"published_at\" TIMESTAMP WITH TIME ZONE, \"retired_at\" TIMESTAMP WITH TIME ZONE, CONSTRAINT \"PK_2d5dec523a865afecaaff42f495\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"UQ_instrument_version_number\" ON \"instrument_version\"  (\"instrument_id\", \"version\") ");
    await queryRunner.query("CREATE TABLE \"survey_response\" (\"id\" uuid NOT NULL, \"instrument_version_id\" uuid NOT NULL, \"participant_id\" uuid NOT NULL, \"center_code\" character varying(16) NOT NULL, \"status\" character varying(16) NOT NULL, \"data\" jsonb NOT NULL, \"language\" character varying(2) NOT NULL, \"revision\" integer NOT NULL, \"content_hash\" character(64) NOT NULL, \"started_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"completed_at\" TIMESTAMP WITH TIME ZONE, CONSTRAINT \"PK_d9326eb52bf8b23d56a39ce419a\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_survey_response_version_status\" ON \"survey_response\"  (\"instrument_version_id\", \"status\") ");
    await queryRunner.query("CREATE INDEX \"IDX_survey_response_participant\" ON \"survey_response\"  (\"participant_id\") ");
    await queryRunner.query("CREATE TABLE \"survey_access_token\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"token_hash\" character(64) NOT NULL, \"kind\" character varying(16) NOT NULL, \"participant_id\" uuid NOT NULL, \"center_code\" character varying(16) NOT NULL, \"instrument_version_id\" uuid NOT NULL, \"response_id\" uuid, \"created_by\" uuid NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"expires_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"revoked_at\" TIMESTAMP WITH TIME ZONE, \"completed_at\" TIMESTAMP WITH TIME ZONE, \"failed_unlocks\" integer NOT NULL DEFAULT '0', CONSTRAINT \"PK_7d7896c5ca599c4fc7cd2d49718\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"UQ_survey_access_token_hash\" ON \"survey_access_token\"  (\"token_hash\") ");
    await queryRunner.query("CREATE INDEX \"IDX_survey_access_token_participant\" ON \"survey_access_token\"  (\"participant_id\") ");
    await queryRunner.query("ALTER TABLE \"app_user\" ADD \"kiosk_pin_hash\" text");
    await queryRunner.query("ALTER TABLE \"instrument_version\" ADD CONSTRAINT \"FK_65ec7d507b226ed321dc3ba7780\" FOREIGN KEY (\"instrument_id\") REFERENCES \"instrument\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"survey_response\" ADD CONSTRAINT \"FK_be85af9e26eebecb1412c93a3bb\" FOREIGN KEY (\"instrument_version_id\") REFERENCES \"instrument_version\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"survey_response\" ADD CONSTRAINT \"FK_0a0f0ff9b83fd24f68bd7c15e30\" FOREIGN KEY (\"participant_id\") REFERENCES \"participant\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"survey_response\" DROP CONSTRAINT \"FK_0a0f0ff9b83fd24f68bd7c15e30\"");
    await queryRunner.query("ALTER TABLE \"survey_response\" DROP CONSTRAINT \"FK_be85af9e26eebecb1412c93a3bb\"");
    await queryRunner.query("ALTER TABLE \"instrument_version\" DROP CONSTRAINT \"FK_65ec7d507b226ed321dc3ba7780\"");
    await queryRunner.query("ALTER TABLE \"app_user\" DROP COLUMN \"kiosk_pin_hash\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_survey_access_token_participant\"");
    await queryRunner.query("DROP INDEX \"public\".\"UQ_survey_access_token_hash\"");
    await queryRunner.query("DROP TABLE \"survey_access_token\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_survey_response_participant\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_survey_response_version_status\"");
    await queryRunner.query("DROP TABLE \"survey_response\"");
    await queryRunner.query("DROP INDEX \"public\".\"UQ_instrument_version_number\"");
    await queryRunner.query("DROP TABLE \"instrument_version\"");
    await queryRunner.query("DROP INDEX \"public\".\"UQ_instrument_key\"");
    await queryRunner.query("DROP TABLE \"instrument\"");
  }
}
