import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Written by hand (triggers and GIN indexes are outside the entity diff): each segment keeps its
 * text's tsvector in its own language's configuration, filled by a trigger, under a GIN index.
 * Searches then never re-parse texts, and ranking reads the stored vector.
 */
export class SegmentSearchTrigger1795760166196 implements MigrationInterface {
  name = 'SegmentSearchTrigger1795760166196';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION segment_search_vector() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.search_vector := to_tsvector(polyphony_ts_config(NEW.language), NEW.text);
        RETURN NEW;
      END
      $$`);
    await queryRunner.query(
      'CREATE TRIGGER segment_search_vector BEFORE INSERT OR UPDATE OF text, language ON segment FOR EACH ROW EXECUTE FUNCTION segment_search_vector()',
    );
    await queryRunner.query('UPDATE segment SET search_vector = to_tsvector(polyphony_ts_config(language), text)');
    await queryRunner.query('DROP INDEX "IDX_segment_fulltext"');
    await queryRunner.query('CREATE INDEX "IDX_segment_search_vector" ON "segment" USING gin (search_vector)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "IDX_segment_search_vector"');
    await queryRunner.query(
      'CREATE INDEX "IDX_segment_fulltext" ON "segment" USING gin (to_tsvector(polyphony_ts_config(language), text))',
    );
    await queryRunner.query('DROP TRIGGER segment_search_vector ON segment');
    await queryRunner.query('DROP FUNCTION segment_search_vector()');
  }
}
