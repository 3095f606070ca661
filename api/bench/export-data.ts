import type { DataSource } from 'typeorm';

/** A survey of 20 questions: ratings, single and multiple choice with labels in four languages, free text. */
export const BENCH_DEFINITION = {
  locale: 'en',
  pages: [
    {
      name: 'main',
      elements: [
        ...Array.from({ length: 10 }, (_, i) => ({ type: 'rating', name: `r${i + 1}`, title: { en: `Rating ${i + 1}`, de: `Bewertung ${i + 1}`, nl: `Beoordeling ${i + 1}`, it: `Valutazione ${i + 1}` }, rateMin: 1, rateMax: 5 })),
        ...Array.from({ length: 5 }, (_, i) => ({
          type: 'radiogroup',
          name: `c${i + 1}`,
          title: { en: `Choice ${i + 1}`, de: `Auswahl ${i + 1}` },
          choices: ['a', 'b', 'c', 'd'].map((value) => ({ value, text: { en: `Option ${value}`, de: `Option ${value}`, nl: `Optie ${value}`, it: `Opzione ${value}` } })),
        })),
        ...Array.from({ length: 3 }, (_, i) => ({
          type: 'checkbox',
          name: `m${i + 1}`,
          title: { en: `Multiple ${i + 1}` },
          choices: ['x', 'y', 'z'].map((value) => ({ value, text: { en: `Item ${value}` } })),
        })),
        { type: 'comment', name: 't1', title: { en: 'Remarks' } },
        { type: 'text', name: 't2', title: { en: 'Short answer' } },
      ],
    },
  ],
};

/**
 * Writes `responses` completed responses and `codings` codings (100 per transcript, a fifth of the
 * transcripts coded twice) straight into the database with set-based SQL: seconds, not hours.
 */
export async function generateExportData(dataSource: DataSource, options: { responses: number; codings: number }): Promise<void> {
  const perTranscript = 100;
  const transcripts = Math.ceil(options.codings / perTranscript);
  await dataSource.query("INSERT INTO center (code, name, city, country, default_language) VALUES ('BEN', 'Bench center', 'Nijmegen', 'NL', 'nl') ON CONFLICT DO NOTHING");
  await dataSource.query(
    `INSERT INTO app_user (email, display_name, role, center_code, language) SELECT 'coder' || n || '@bench.example', 'Coder ' || n, 'researcher', NULL, 'en' FROM generate_series(1, 2) n`,
  );
  await dataSource.query(`INSERT INTO app_user (email, display_name, role, center_code, language) VALUES ('lead@bench.example', 'Bench Lead', 'lead', NULL, 'en')`);
  const participants = Math.max(options.responses, transcripts);
  await dataSource.query(
    `INSERT INTO participant (code, center_code, stakeholder_group, sequence, language)
     SELECT 'BEN-P-' || lpad(n::text, 7, '0'), 'BEN', (ARRAY['patient','radiologist','neurologist','neurosurgeon','radiotherapist'])[1 + n % 5], n, 'nl' FROM generate_series(1, $1) n`,
    [participants],
  );
  const [{ id: instrumentId }] = await dataSource.query<Array<{ id: string }>>(`INSERT INTO instrument (key, title, target_groups) VALUES ('bench', '{"en":"Bench"}', '[]') RETURNING id`);
  const [{ id: versionId }] = await dataSource.query<Array<{ id: string }>>(
    `INSERT INTO instrument_version (instrument_id, version, status, definition, languages, published_at) VALUES ($1, 1, 'published', $2, '["en","de","nl","it"]', now()) RETURNING id`,
    [instrumentId, JSON.stringify(BENCH_DEFINITION)],
  );
  const ratings = Array.from({ length: 10 }, (_, i) => `'r${i + 1}', 1 + (p.sequence * ${i + 7}) % 5`).join(', ');
  const choices = Array.from({ length: 5 }, (_, i) => `'c${i + 1}', (ARRAY['a','b','c','d'])[1 + (p.sequence + ${i}) % 4]`).join(', ');
  const multiples = Array.from({ length: 3 }, (_, i) => `'m${i + 1}', CASE WHEN p.sequence % 3 = ${i} THEN '["x","z"]'::jsonb ELSE '["y"]'::jsonb END`).join(', ');
  await dataSource.query(
    `INSERT INTO survey_response (id, instrument_version_id, participant_id, center_code, status, data, language, revision, content_hash, started_at, updated_at, completed_at)
     SELECT gen_random_uuid(), $1, p.id, 'BEN', 'completed',
       jsonb_build_object(${ratings}) || jsonb_build_object(${choices}) || jsonb_build_object(${multiples}) ||
       jsonb_build_object('t1', 'Ich finde es wichtig, dass der Arzt erklärt, was der Computer sieht, Antwort ' || p.sequence, 't2', 'kurz ' || p.sequence),
       'nl', 1, repeat('0', 64), now(), now(), now()
     FROM participant p WHERE p.center_code = 'BEN' AND p.sequence <= $2`,
    [versionId, options.responses],
  );
  await dataSource.query(
    `INSERT INTO code (key, name, criterion) SELECT 'bench-' || n, jsonb_build_object('en', 'Bench code ' || n, 'de', 'Bench-Code ' || n), NULL FROM generate_series(1, 35) n`,
  );
  const [lead] = await dataSource.query<Array<{ id: string }>>("SELECT id FROM app_user WHERE email = 'lead@bench.example'");
  await dataSource.query(
    `INSERT INTO transcript (participant_id, center_code, stakeholder_group, language, interview_month, source_format, text, length_cp, created_by)
     SELECT p.id, 'BEN', p.stakeholder_group, 'nl', '2026-10-01', 'txt', repeat('woord ', 2000), 12000, $2 FROM participant p WHERE p.center_code = 'BEN' AND p.sequence <= $1`,
    [transcripts, lead.id],
  );
  // Coder 1 codes every transcript; coder 2 also codes every fifth one (agreement has work to do).
  await dataSource.query(
    `WITH t AS (SELECT id, row_number() OVER (ORDER BY id) AS n FROM transcript),
          k AS (SELECT array_agg(id ORDER BY key) AS ids FROM code WHERE key LIKE 'bench-%'),
          coders AS (SELECT array_agg(id ORDER BY email) AS ids FROM app_user WHERE email LIKE 'coder%@bench.example')
     INSERT INTO coding (transcript_id, code_id, coder_id, start_cp, end_cp, passage)
     SELECT t.id, k.ids[1 + (i * 7 + t.n) % 35], CASE WHEN t.n % 5 = 0 AND i % 2 = 1 THEN coders.ids[2] ELSE coders.ids[1] END,
            (i * 113) % 11800, (i * 113) % 11800 + 60 + i % 120,
            'dat de arts uitlegt wat de computer ziet en waarom, passage ' || i
     FROM t, k, coders, generate_series(1, ${perTranscript}) i`,
  );
  await dataSource.query('ANALYZE');
}
