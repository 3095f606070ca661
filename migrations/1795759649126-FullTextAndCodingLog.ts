import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Written by hand (functions, expression indexes and triggers are outside the entity diff):
 * - polyphony_ts_config(language): the PostgreSQL text-search configuration of each of our
 *   languages, so "vertrouwen" finds "vertrouwd" (Dutch stemming) and likewise in de, it, en;
 * - a GIN index over each segment's text in its own language's configuration;
 * - coding_event is append-only, like the audit trail.
 */
export class FullTextAndCodingLog1795759649126 implements MigrationInterface {
  name = 'FullTextAndCodingLog1795759649126';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION polyphony_ts_config(language varchar) RETURNS regconfig
      LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT CASE language WHEN 'nl' THEN 'dutch'::regconfig WHEN 'de' THEN 'german'::regconfig
                             WHEN 'it' THEN 'italian'::regconfig ELSE 'english'::regconfig END
      $$`);
    await queryRunner.query(
      'CREATE INDEX "IDX_segment_fulltext" ON "segment" USING gin (to_tsvector(polyphony_ts_config(language), text))',
    );
    await queryRunner.query(`
      CREATE FUNCTION refuse_change_of_log() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
      END
      $$`);
    await queryRunner.query(
      'CREATE TRIGGER coding_event_append_only BEFORE UPDATE OR DELETE ON coding_event FOR EACH ROW EXECUTE FUNCTION refuse_change_of_log()',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER coding_event_append_only ON coding_event');
    await queryRunner.query('DROP FUNCTION refuse_change_of_log()');
    await queryRunner.query('DROP INDEX "IDX_segment_fulltext"');
    await queryRunner.query('DROP FUNCTION polyphony_ts_config(varchar)');
  }
}
