import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { centerScope, type Actor } from '../access/actor.js';
import { AppError } from '../common/errors/app-error.js';
import { Code } from '../codebook/code.entity.js';
import type { RetrievalQuery, SearchQuery } from './coding.schemas.js';

export interface RetrievedPassage {
  codingId: string;
  codeId: string;
  coderId: string;
  transcriptId: string;
  participantCode: string;
  group: string;
  center: string;
  language: string;
  start: number;
  end: number;
  text: string;
  before: string;
  after: string;
  memo: string | null;
}

export interface SearchHit {
  segmentId: string;
  transcriptId: string;
  participantCode: string;
  language: string;
  segmentStart: number;
  /** The matching words in context; matches are wrapped in «…». */
  fragments: string;
  rank: number;
}


interface PassageRow {
  coding_id: string;
  code_id: string;
  coder_id: string;
  transcript_id: string;
  participant_code: string;
  stakeholder_group: string;
  center_code: string;
  language: string;
  start_cp: number;
  end_cp: number;
  memo: string | null;
  passage: string;
  before: string | null;
  after: string | null;
}

/** Retrieval of coded passages and stemmed full-text search, both within the caller's center. */
@Injectable()
export class RetrievalService {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Every passage coded with the code (and its sub-codes), with context on both sides. Blind
   * coding holds here too: on transcripts not yet revealed, others see only their own codings.
   */
  async passages(actor: Actor, query: RetrievalQuery): Promise<RetrievedPassage[]> {
    const codeIds = await this.codeWithDescendants(query.codeId, query.includeChildren === 'true');
    const params: unknown[] = [codeIds];
    const where: string[] = ['c.code_id = ANY($1::uuid[])'];
    const add = (clause: string, value: unknown) => {
      params.push(value);
      where.push(clause.replace('?', `$${params.length}`));
    };
    const scope = centerScope(actor);
    if (scope) add('t.center_code = ?', scope);
    if (query.center) add('t.center_code = ?', query.center);
    if (query.group) add('t.stakeholder_group = ?', query.group);
    if (query.language) add('t.language = ?', query.language);
    if (query.coderId) add('c.coder_id = ?', query.coderId);
    if (query.valence) add('k.valence = ?', query.valence);
    if (actor.role !== 'lead' && actor.role !== 'admin') add('(t.codings_revealed_at IS NOT NULL OR c.coder_id = ?)', actor.id);
    params.push(query.limit);
    const rows = await this.dataSource.query<PassageRow[]>(
      `SELECT c.id AS coding_id, c.code_id, c.coder_id, c.transcript_id, p.code AS participant_code, t.stakeholder_group, t.center_code, t.language,
              c.start_cp, c.end_cp, c.memo, c.passage, c.context_before AS before, c.context_after AS after
       FROM coding c
       JOIN transcript t ON t.id = c.transcript_id
       JOIN participant p ON p.id = t.participant_id
       JOIN code k ON k.id = c.code_id
       WHERE ${where.join(' AND ')}
       ORDER BY p.code, c.start_cp
       LIMIT $${params.length}`,
      params,
    );
    return rows.map((r) => ({
      codingId: r.coding_id,
      codeId: r.code_id,
      coderId: r.coder_id,
      transcriptId: r.transcript_id,
      participantCode: r.participant_code,
      group: r.stakeholder_group,
      center: r.center_code,
      language: r.language,
      start: Number(r.start_cp),
      end: Number(r.end_cp),
      text: r.passage,
      before: r.before ?? '',
      after: r.after ?? '',
      memo: r.memo,
    }));
  }

  /**
   * Stemmed prefix search in each segment's own language (PostgreSQL dutch/german/italian/english
   * configurations): "vertrouwen" finds "vertrouwd". Results show the words in context.
   */
  async search(actor: Actor, query: SearchQuery): Promise<SearchHit[]> {
    const params: unknown[] = [prefixQuery(query.q)];
    // One branch per language with a constant configuration, so each can use the GIN index
    // (a configuration computed per row would force a scan of every segment).
    const languages = query.language ? [query.language] : (['nl', 'de', 'it', 'en'] as const);
    const where: string[] = [
      `(${languages.map((language) => `(s.language = '${language}' AND s.search_vector @@ to_tsquery(polyphony_ts_config('${language}'), $1))`).join(' OR ')})`,
    ];
    const scope = centerScope(actor);
    if (scope) {
      params.push(scope);
      where.push(`t.center_code = $${params.length}`);
    }
    params.push(query.limit);
    // The index finds the matching segments; only the page of them shown is ranked and highlighted.
    const rows = await this.dataSource.query<Array<Record<string, unknown>>>(
      `WITH hits AS (
         SELECT s.id, s.transcript_id, s.language, s.start_cp, s.ordinal, s.text, s.search_vector, p.code AS participant_code
         FROM segment s
         JOIN transcript t ON t.id = s.transcript_id
         JOIN participant p ON p.id = t.participant_id
         WHERE ${where.join(' AND ')}
         ORDER BY p.code, s.ordinal
         LIMIT $${params.length}
       )
       SELECT id, transcript_id, participant_code, language, start_cp,
              ts_headline(polyphony_ts_config(language), text, to_tsquery(polyphony_ts_config(language), $1),
                          'StartSel=«, StopSel=», MaxWords=18, MinWords=6, MaxFragments=3, FragmentDelimiter=" … "') AS fragments,
              ts_rank(search_vector, to_tsquery(polyphony_ts_config(language), $1)) AS rank
       FROM hits
       ORDER BY participant_code, ordinal`,
      params,
    );
    return rows.map((r) => ({
      segmentId: String(r.id),
      transcriptId: String(r.transcript_id),
      participantCode: String(r.participant_code),
      language: String(r.language),
      segmentStart: Number(r.start_cp),
      fragments: String(r.fragments),
      rank: Number(r.rank),
    }));
  }

  private async codeWithDescendants(codeId: string, includeChildren: boolean): Promise<string[]> {
    const code = await this.dataSource.getRepository(Code).findOneBy({ id: codeId });
    if (!code) throw new AppError('NOT_FOUND');
    if (!includeChildren) return [code.id];
    const rows = await this.dataSource.query<Array<{ id: string }>>(
      `WITH RECURSIVE tree AS (SELECT id FROM code WHERE id = $1 UNION ALL SELECT c.id FROM code c JOIN tree ON c.parent_id = tree.id)
       SELECT id FROM tree`,
      [code.id],
    );
    return rows.map((r) => r.id);
  }
}

/**
 * Every word of the query, stemmed by the segment's language configuration and matched as a
 * prefix ("vertrouwen" → vertrouw:*), all required. Prefixes also catch forms the Snowball
 * stemmers leave apart, such as the Dutch participle "vertrouwd" or German compounds.
 */
function prefixQuery(text: string): string {
  const words = text.match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length === 0) throw new AppError('VALIDATION_FAILED', {}, { issues: [{ path: 'q', rule: 'invalid' }] });
  return words.slice(0, 12).map((word) => `${word}:*`).join(' & ');
}
