import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { centerScope, type Actor } from '../access/actor.js';
import type { LocalizedText } from '../surveys/localized-text.js';

/** Rows per page read; one page is in memory at a time. */
export const EXPORT_PAGE_SIZE = 2_000;

export interface ExportVersion {
  id: string;
  instrumentKey: string;
  instrumentTitle: LocalizedText;
  version: number;
  definition: Record<string, unknown>;
}

export interface ExportResponseRow {
  id: string;
  participantCode: string;
  group: string;
  center: string;
  language: string;
  status: string;
  startedAt: Date;
  updatedAt: Date;
  completedAt: Date | null;
  data: Record<string, unknown>;
}

export interface ExportCodingRow {
  id: string;
  transcriptId: string;
  participantCode: string;
  group: string;
  center: string;
  transcriptLanguage: string;
  codeKey: string;
  codeName: LocalizedText;
  criterion: string | null;
  /** Account id of the coder: pseudonymous, never a name or e-mail address. */
  coderId: string;
  start: number;
  end: number;
  passage: string;
  memo: string | null;
  createdAt: Date;
}

export interface ResponseFilter {
  instrumentVersionIds?: readonly string[];
  includeInProgress: boolean;
}

/**
 * Reads what exports contain, within the actor's center scope, page by page. Pseudonymous by
 * construction: participants appear by code, coders by account id; no names or e-mail addresses.
 */
@Injectable()
export class ExportDataService {
  constructor(private readonly dataSource: DataSource) {}

  /** Instrument versions with at least one response in scope (or the ones asked for), in key/version order. */
  async versions(actor: Actor, filter: ResponseFilter): Promise<ExportVersion[]> {
    const { where, params } = this.responseWhere(actor, filter, 'r');
    const rows = await this.dataSource.query<Array<{ id: string; key: string; title: LocalizedText; version: number; definition: Record<string, unknown> }>>(
      `SELECT v.id, i.key, i.title, v.version, v.definition FROM instrument_version v JOIN instrument i ON i.id = v.instrument_id
       WHERE EXISTS (SELECT 1 FROM survey_response r WHERE r.instrument_version_id = v.id AND ${where})
       ${filter.instrumentVersionIds ? `AND v.id = ANY($${params.length + 1}::uuid[])` : ''}
       ORDER BY i.key, v.version`,
      filter.instrumentVersionIds ? [...params, filter.instrumentVersionIds] : params,
    );
    return rows.map((row) => ({ id: row.id, instrumentKey: row.key, instrumentTitle: row.title, version: Number(row.version), definition: row.definition }));
  }

  async countResponses(actor: Actor, filter: ResponseFilter, versionIds: readonly string[]): Promise<number> {
    const { where, params } = this.responseWhere(actor, filter, 'r');
    const [row] = await this.dataSource.query<Array<{ n: string }>>(
      `SELECT count(*) AS n FROM survey_response r WHERE ${where} AND r.instrument_version_id = ANY($${params.length + 1}::uuid[])`,
      [...params, versionIds],
    );
    return Number(row.n);
  }

  async *responses(actor: Actor, filter: ResponseFilter, versionId: string): AsyncGenerator<ExportResponseRow[]> {
    const { where, params } = this.responseWhere(actor, filter, 'r');
    const pages = this.pages<{ id: string; code: string; stakeholder_group: string; center_code: string; language: string; status: string; started_at: Date; updated_at: Date; completed_at: Date | null; data: Record<string, unknown> }>(
      `SELECT r.id, p.code, p.stakeholder_group, r.center_code, r.language, r.status, r.started_at, r.updated_at, r.completed_at, r.data
       FROM survey_response r JOIN participant p ON p.id = r.participant_id
       WHERE ${where} AND r.instrument_version_id = $${params.length + 1}`,
      'r.id',
      [...params, versionId],
    );
    for await (const rows of pages) {
      yield rows.map((row) => ({
        id: row.id,
        participantCode: row.code,
        group: row.stakeholder_group,
        center: row.center_code,
        language: row.language,
        status: row.status,
        startedAt: new Date(row.started_at),
        updatedAt: new Date(row.updated_at),
        completedAt: row.completed_at === null ? null : new Date(row.completed_at),
        data: row.data,
      }));
    }
  }

  async countCodings(actor: Actor): Promise<number> {
    const { where, params } = this.transcriptWhere(actor);
    const [row] = await this.dataSource.query<Array<{ n: string }>>(`SELECT count(*) AS n FROM coding c JOIN transcript t ON t.id = c.transcript_id WHERE ${where}`, params);
    return Number(row.n);
  }

  async *codings(actor: Actor): AsyncGenerator<ExportCodingRow[]> {
    const { where, params } = this.transcriptWhere(actor);
    const pages = this.pages<{
      id: string; transcript_id: string; code: string; stakeholder_group: string; center_code: string; language: string; key: string; name: LocalizedText;
      criterion: string | null; coder_id: string; start_cp: number; end_cp: number; passage: string; memo: string | null; created_at: Date;
    }>(
      `SELECT c.id, c.transcript_id, p.code, t.stakeholder_group, t.center_code, t.language, k.key, k.name, k.criterion, c.coder_id, c.start_cp, c.end_cp, c.passage, c.memo, c.created_at
       FROM coding c JOIN transcript t ON t.id = c.transcript_id JOIN participant p ON p.id = t.participant_id JOIN code k ON k.id = c.code_id
       WHERE ${where}`,
      'c.id',
      params,
    );
    for await (const rows of pages) {
      yield rows.map((row) => ({
        id: row.id,
        transcriptId: row.transcript_id,
        participantCode: row.code,
        group: row.stakeholder_group,
        center: row.center_code,
        transcriptLanguage: row.language,
        codeKey: row.key,
        codeName: row.name,
        criterion: row.criterion,
        coderId: row.coder_id,
        start: Number(row.start_cp),
        end: Number(row.end_cp),
        passage: row.passage,
        memo: row.memo,
        createdAt: new Date(row.created_at),
      }));
    }
  }

  /**
   * Pages of a query in `orderBy` order. On PostgreSQL a server-side cursor in one read-only
   * transaction: every row is read once, from one snapshot (keyset pages would make the planner
   * sort the remaining rows for every page). On PGlite, whose single session the export's own
   * writes need between pages, keyset pages by primary key.
   */
  private async *pages<Row extends { id: string }>(sql: string, orderBy: string, params: unknown[]): AsyncGenerator<Row[]> {
    if (!this.embedded) {
      const runner = this.dataSource.createQueryRunner();
      await runner.connect();
      let open = false;
      try {
        await runner.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
        open = true;
        await runner.query(`DECLARE export_rows NO SCROLL CURSOR FOR ${sql} ORDER BY ${orderBy}`, params);
        for (;;) {
          const rows = (await runner.query(`FETCH ${EXPORT_PAGE_SIZE} FROM export_rows`)) as Row[];
          if (rows.length === 0) break;
          yield rows;
        }
      } finally {
        // Ends the cursor too, also when the consumer stopped early (a cancelled export).
        if (open) await runner.query('ROLLBACK').catch(() => undefined);
        await runner.release();
      }
      return;
    }
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const rows = await this.dataSource.query<Row[]>(`${sql} AND ${orderBy} > $${params.length + 1} ORDER BY ${orderBy} LIMIT ${EXPORT_PAGE_SIZE}`, [...params, after]);
      if (rows.length === 0) return;
      after = rows[rows.length - 1].id;
      yield rows;
      if (rows.length < EXPORT_PAGE_SIZE) return;
    }
  }

  /** Embedded PGlite (our pool class as the driver) rather than a PostgreSQL server. */
  private get embedded(): boolean {
    return Boolean((this.dataSource.options as { driver?: unknown }).driver);
  }

  /** The codebook's codes (small: tens to hundreds). */
  async codes(): Promise<Array<{ id: string; key: string; name: LocalizedText; criterion: string | null; valence: string | null }>> {
    return this.dataSource.query('SELECT id, key, name, criterion, valence FROM code WHERE merged_into_id IS NULL ORDER BY key');
  }

  /** Transcripts coded by two or more coders: the units agreement is computed on, one at a time. */
  async doubleCodedTranscripts(actor: Actor): Promise<Array<{ id: string; lengthCp: number; coderIds: string[] }>> {
    const { where, params } = this.transcriptWhere(actor);
    const rows = await this.dataSource.query<Array<{ id: string; length_cp: number; coders: string[] }>>(
      `SELECT t.id, t.length_cp, array_agg(DISTINCT c.coder_id::text ORDER BY c.coder_id::text) AS coders
       FROM transcript t JOIN coding c ON c.transcript_id = t.id WHERE ${where}
       GROUP BY t.id, t.length_cp HAVING count(DISTINCT c.coder_id) >= 2 ORDER BY t.id`,
      params,
    );
    return rows.map((row) => ({ id: row.id, lengthCp: Number(row.length_cp), coderIds: row.coders }));
  }

  async transcriptAgreementInput(transcriptId: string): Promise<{
    codings: Array<{ transcriptId: string; coderId: string; codeId: string; start: number; end: number }>;
    segments: Array<{ id: string; start: number; end: number }>;
  }> {
    const [codings, segments] = await Promise.all([
      this.dataSource.query<Array<{ coder_id: string; code_id: string; start_cp: number; end_cp: number }>>('SELECT coder_id, code_id, start_cp, end_cp FROM coding WHERE transcript_id = $1', [transcriptId]),
      this.dataSource.query<Array<{ id: string; start_cp: number; end_cp: number }>>('SELECT id, start_cp, end_cp FROM segment WHERE transcript_id = $1 ORDER BY ordinal', [transcriptId]),
    ]);
    return {
      codings: codings.map((row) => ({ transcriptId, coderId: row.coder_id, codeId: row.code_id, start: Number(row.start_cp), end: Number(row.end_cp) })),
      segments: segments.map((row) => ({ id: row.id, start: Number(row.start_cp), end: Number(row.end_cp) })),
    };
  }

  /**
   * Code × group/center/language tallies, aggregated in SQL so memory does not grow with the
   * number of codings. The figures follow analysis/ codeCrosstab exactly (a spec compares them).
   */
  async crosstabTallies(actor: Actor, dimension: 'group' | 'center' | 'language'): Promise<{
    columns: Array<{ key: string; participants: number; passages: number }>;
    cells: Array<{ codeId: string; key: string; passages: number; participants: number }>;
    codeTotals: Array<{ codeId: string; passages: number; participants: number }>;
    total: { participants: number; passages: number };
  }> {
    const column = { group: 't.stakeholder_group', center: 't.center_code', language: 't.language' }[dimension];
    const { where, params } = this.transcriptWhere(actor);
    const [columns, cells, codeTotals, totals] = await Promise.all([
      this.dataSource.query<Array<{ key: string; participants: string; passages: string }>>(
        `SELECT ${column} AS key, count(DISTINCT t.participant_id) AS participants, count(c.id) AS passages
         FROM transcript t LEFT JOIN coding c ON c.transcript_id = t.id WHERE ${where} GROUP BY 1 ORDER BY 1`,
        params,
      ),
      this.dataSource.query<Array<{ code_id: string; key: string; passages: string; participants: string }>>(
        `SELECT c.code_id, ${column} AS key, count(*) AS passages, count(DISTINCT t.participant_id) AS participants
         FROM coding c JOIN transcript t ON t.id = c.transcript_id WHERE ${where} GROUP BY 1, 2`,
        params,
      ),
      this.dataSource.query<Array<{ code_id: string; passages: string; participants: string }>>(
        `SELECT c.code_id, count(*) AS passages, count(DISTINCT t.participant_id) AS participants
         FROM coding c JOIN transcript t ON t.id = c.transcript_id WHERE ${where} GROUP BY 1`,
        params,
      ),
      this.dataSource.query<Array<{ participants: string; passages: string }>>(
        `SELECT count(DISTINCT t.participant_id) AS participants, count(c.id) AS passages FROM transcript t LEFT JOIN coding c ON c.transcript_id = t.id WHERE ${where}`,
        params,
      ),
    ]);
    return {
      columns: columns.map((row) => ({ key: row.key, participants: Number(row.participants), passages: Number(row.passages) })),
      cells: cells.map((row) => ({ codeId: row.code_id, key: row.key, passages: Number(row.passages), participants: Number(row.participants) })),
      codeTotals: codeTotals.map((row) => ({ codeId: row.code_id, passages: Number(row.passages), participants: Number(row.participants) })),
      total: { participants: Number(totals[0].participants), passages: Number(totals[0].passages) },
    };
  }

  private responseWhere(actor: Actor, filter: ResponseFilter, alias: string): { where: string; params: unknown[] } {
    const clauses = ['TRUE'];
    const params: unknown[] = [];
    if (!filter.includeInProgress) clauses.push(`${alias}.status = 'completed'`);
    const scope = centerScope(actor);
    if (scope) {
      params.push(scope);
      clauses.push(`${alias}.center_code = $${params.length}`);
    }
    return { where: clauses.join(' AND '), params };
  }

  private transcriptWhere(actor: Actor): { where: string; params: unknown[] } {
    const scope = centerScope(actor);
    return scope ? { where: 't.center_code = $1', params: [scope] } : { where: 'TRUE', params: [] };
  }
}
