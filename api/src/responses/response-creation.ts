import type { DataSource } from 'typeorm';
import type { SurveyAccess } from '../survey-access/survey-access.js';
import { contentHash } from './response-writer.js';
import type { ResponseStatus, SurveyResponse } from './survey-response.entity.js';

export interface NewResponse {
  id: string;
  instrumentVersionId: string;
  participantId: string;
  status: ResponseStatus;
  data: Record<string, unknown>;
  /** The language the participant answered in; the participant's own when absent. */
  language: string | undefined;
  /** Staff callers: the only center they may write for (null = project-wide). */
  centerScope: string | null;
  actor: { id: string; email: string } | null;
  access: SurveyAccess | undefined;
}

interface CreatedRow {
  center_code: string;
  language: string;
  started_at: Date;
}

/**
 * The common case of a save, a response id never seen before, as ONE autocommitted statement:
 * check the participant (exists, not withdrawn, in the caller's center), insert the response,
 * record the survey token's use and append the audit event (the same row AuditService.append
 * writes; the sealer chains it later). A single statement is atomic, so the event exists exactly
 * when the response does — without BEGIN/COMMIT and four separate round trips.
 *
 * Returns null when nothing was inserted: the id exists already (a retry or an update) or the
 * participant check failed. The caller then takes the full path, which tells those cases apart
 * and answers each with its own error.
 */
export async function createResponseAtOnce(dataSource: DataSource, input: NewResponse): Promise<SurveyResponse | null> {
  const completed = input.status === 'completed';
  const hash = contentHash(input.status, input.data);
  const params: unknown[] = [
    input.id, // $1
    input.participantId, // $2
    input.instrumentVersionId, // $3
    input.status, // $4
    JSON.stringify(input.data), // $5
    input.language ?? null, // $6
    hash, // $7
    input.centerScope, // $8
    input.actor?.id ?? null, // $9
    input.actor?.email ?? null, // $10
    // Counts, never answers (as the full path's summary).
    JSON.stringify({ revision: 1, status: input.status, answered: Object.keys(input.data).length, via: input.access?.kind ?? 'staff' }), // $11
  ];
  if (input.access) params.push(input.access.tokenId); // $12
  // Only a token holder's save records the token's use.
  const tokenUse = input.access
    ? `, token_use AS (
         UPDATE survey_access_token
            SET response_id = ins.id,
                completed_at = CASE WHEN $4::varchar = 'completed' THEN now() ELSE completed_at END,
                -- A tablet session stays open while the participant is still answering.
                expires_at = CASE WHEN kind = 'tablet' AND $4::varchar <> 'completed' THEN greatest(expires_at, now() + interval '4 hours') ELSE expires_at END
           FROM ins WHERE survey_access_token.id = $12::uuid)`
    : '';
  const rows = await dataSource.query<CreatedRow[]>(
    `WITH p AS (
       SELECT center_code, language FROM participant
        WHERE id = $2 AND withdrawn_at IS NULL AND ($8::varchar IS NULL OR center_code = $8::varchar)
     ), ins AS (
       INSERT INTO survey_response (id, instrument_version_id, participant_id, center_code, status, data, language, revision, content_hash, started_at, updated_at, completed_at)
       SELECT $1, $3, $2, p.center_code, $4::varchar, $5::jsonb, coalesce($6::varchar, p.language), 1, $7, now(), now(), CASE WHEN $4::varchar = 'completed' THEN now() END
         FROM p
       ON CONFLICT (id) DO NOTHING
       RETURNING id, center_code, language, started_at
     ), audit AS (
       INSERT INTO audit_event (at, actor_id, actor_email, action, entity, entity_id, center_code, summary)
       SELECT now(), $9::uuid, $10::text, 'response.created', 'survey_response', ins.id::text, ins.center_code, $11::jsonb FROM ins
     )${tokenUse}
     SELECT center_code, language, started_at FROM ins`,
    params,
  );
  const row = rows[0];
  if (!row) return null;
  const startedAt = new Date(row.started_at);
  return {
    id: input.id,
    instrumentVersionId: input.instrumentVersionId,
    participantId: input.participantId,
    centerCode: row.center_code,
    status: input.status,
    data: input.data,
    language: row.language,
    revision: 1,
    contentHash: hash,
    startedAt,
    updatedAt: startedAt,
    completedAt: completed ? startedAt : null,
  };
}
