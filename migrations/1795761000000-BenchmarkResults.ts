import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Benchmark results, AI package metadata, import history and the criterion mapping, with the
 * mapping's starting values (documented in README "Benchmark results"). Values are inlined on
 * purpose: a migration must not change when application constants do.
 */
export class BenchmarkResults1795761000000 implements MigrationInterface {
  name = 'BenchmarkResults1795761000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"ai_package\" (\"key\" character varying(40) NOT NULL, \"name\" text NOT NULL, \"vendor\" text NOT NULL DEFAULT '', \"regulatory_status\" character varying(24) NOT NULL DEFAULT 'unknown', \"explainability_features\" jsonb NOT NULL DEFAULT '[]', \"integration\" jsonb NOT NULL DEFAULT '[]', \"synthetic\" boolean NOT NULL DEFAULT false, \"revision\" integer NOT NULL DEFAULT '1', \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_5f9125a62e82bd0b90691aff6e2\" PRIMARY KEY (\"key\"))");
    await queryRunner.query("CREATE TABLE \"benchmark_import\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"file_name\" text NOT NULL, \"sha256\" character(64) NOT NULL, \"row_count\" integer NOT NULL, \"created\" integer NOT NULL, \"updated\" integer NOT NULL, \"actor_id\" uuid, \"actor_email\" text, \"imported_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_e0e5b9856b21d6fffc957633844\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_benchmark_import_sha256\" ON \"benchmark_import\"  (\"sha256\") ");
    await queryRunner.query("CREATE TABLE \"benchmark_result\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"package_key\" character varying(40) NOT NULL, \"package_version\" character varying(40) NOT NULL, \"task\" character varying(16) NOT NULL, \"center_code\" character varying(16) NOT NULL, \"dataset\" character varying(80) NOT NULL, \"metric\" character varying(32) NOT NULL, \"value\" double precision NOT NULL, \"ci_low\" double precision NOT NULL, \"ci_high\" double precision NOT NULL, \"n\" integer NOT NULL, \"import_id\" uuid, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_53030cfec58b381232c11233560\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_benchmark_result_center\" ON \"benchmark_result\"  (\"center_code\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"UQ_benchmark_result_key\" ON \"benchmark_result\"  (\"package_key\", \"package_version\", \"task\", \"center_code\", \"dataset\", \"metric\") ");
    await queryRunner.query("CREATE TABLE \"criterion_metric\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"criterion\" character varying(24) NOT NULL, \"metric\" character varying(32) NOT NULL, \"direction\" character varying(8) NOT NULL, \"normalisation\" jsonb NOT NULL, \"weight\" double precision NOT NULL, \"revision\" integer NOT NULL DEFAULT '1', \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_86fe46ba5d26c0ffa947522a46e\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"UQ_criterion_metric\" ON \"criterion_metric\"  (\"criterion\", \"metric\") ");
    await queryRunner.query("ALTER TABLE \"benchmark_result\" ADD CONSTRAINT \"FK_4018835ebeb9bd742b72b9923c3\" FOREIGN KEY (\"package_key\") REFERENCES \"ai_package\"(\"key\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"benchmark_result\" ADD CONSTRAINT \"FK_1f14953955b512de4787fea5458\" FOREIGN KEY (\"center_code\") REFERENCES \"center\"(\"code\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    // The starting criterion mapping: criterion, metric, direction, worst, best, weight within the criterion.
    const mapping: [string, string, 'higher' | 'lower', number, number, number][] = [
      ['accuracy', 'sensitivity', 'higher', 0.5, 1, 0.25],
      ['accuracy', 'specificity', 'higher', 0.5, 1, 0.25],
      ['accuracy', 'auc', 'higher', 0.5, 1, 0.2],
      ['accuracy', 'dice', 'higher', 0, 1, 0.15],
      ['accuracy', 'hd95', 'lower', 20, 0, 0.15],
      ['explainability', 'explainability_features', 'higher', 0, 1, 1],
      ['cost', 'cost_per_case_eur', 'lower', 100, 0, 1],
      ['interpretation', 'icc', 'higher', 0, 1, 1],
      ['care_pathway', 'processing_time_s', 'lower', 600, 0, 0.5],
      ['care_pathway', 'pacs_integration', 'higher', 0, 1, 0.5],
    ];
    for (const [criterion, metric, direction, worst, best, weight] of mapping) {
      await queryRunner.query('INSERT INTO "criterion_metric" ("criterion", "metric", "direction", "normalisation", "weight") VALUES ($1, $2, $3, $4, $5)', [
        criterion,
        metric,
        direction,
        JSON.stringify({ kind: 'bounded', worst, best }),
        weight,
      ]);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"benchmark_result\" DROP CONSTRAINT \"FK_1f14953955b512de4787fea5458\"");
    await queryRunner.query("ALTER TABLE \"benchmark_result\" DROP CONSTRAINT \"FK_4018835ebeb9bd742b72b9923c3\"");
    await queryRunner.query("DROP INDEX \"public\".\"UQ_criterion_metric\"");
    await queryRunner.query("DROP TABLE \"criterion_metric\"");
    await queryRunner.query("DROP INDEX \"public\".\"UQ_benchmark_result_key\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_benchmark_result_center\"");
    await queryRunner.query("DROP TABLE \"benchmark_result\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_benchmark_import_sha256\"");
    await queryRunner.query("DROP TABLE \"benchmark_import\"");
    await queryRunner.query("DROP TABLE \"ai_package\"");
  }
}
