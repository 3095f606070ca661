import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Background export jobs and their files, stored in ~1 MiB chunks (see api/src/exports). */
export class ExportJobs1795763000000 implements MigrationInterface {
  name = 'ExportJobs1795763000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "export_job" ("id" uuid NOT NULL, "kind" character varying(32) NOT NULL, "params" jsonb NOT NULL, "language" character varying(2) NOT NULL, "status" character varying(16) NOT NULL, "progress_done" integer NOT NULL DEFAULT 0, "progress_total" integer NOT NULL DEFAULT 0, "requested_by" uuid NOT NULL, "file_name" text, "content_type" text, "attempts" integer NOT NULL DEFAULT 0, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "started_at" TIMESTAMP WITH TIME ZONE, "finished_at" TIMESTAMP WITH TIME ZONE, "error_code" character varying(64), "byte_size" bigint, "sha256" character(64), CONSTRAINT "PK_export_job" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_export_job_created" ON "export_job" ("created_at") `);
    await queryRunner.query(
      `CREATE TABLE "export_file_chunk" ("job_id" uuid NOT NULL, "seq" integer NOT NULL, "data" bytea NOT NULL, CONSTRAINT "PK_export_file_chunk" PRIMARY KEY ("job_id", "seq"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "export_job" ADD CONSTRAINT "FK_export_job_requested_by" FOREIGN KEY ("requested_by") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "export_file_chunk" ADD CONSTRAINT "FK_export_file_chunk_job" FOREIGN KEY ("job_id") REFERENCES "export_job"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "export_file_chunk" DROP CONSTRAINT "FK_export_file_chunk_job"`);
    await queryRunner.query(`ALTER TABLE "export_job" DROP CONSTRAINT "FK_export_job_requested_by"`);
    await queryRunner.query(`DROP TABLE "export_file_chunk"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_export_job_created"`);
    await queryRunner.query(`DROP TABLE "export_job"`);
  }
}
