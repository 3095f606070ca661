import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { distinctiveTerms, keywordInContext, wordFrequencies, type TermOptions } from '@polyphony/analysis';
import { centerScope, type Actor } from '../access/actor.js';
import { buildDataDictionary, type DataDictionaryEntry } from '../surveys/data-dictionary.js';
import { coveredPieces, type TextDocument } from './text-analysis.documents.js';
import type { DistinctiveTermsQuery, KeywordInContextQuery, TextScopeQuery, WordFrequencyQuery } from './text-analysis.schemas.js';

// Stems and stop-word removal per language (analysis/src/text); one-letter words say little.
const TERM_OPTIONS: TermOptions = { minLength: 2 };

export const DISTINCTIVE_TERMS_METHOD =
  "Dunning's log-likelihood (G²) of each stem's frequency in the target group against all other texts of the same language; 3.84 ≈ p < 0.05 and 10.83 ≈ p < 0.001 for a single term, uncorrected for many terms; effect size as Hardie's Log Ratio (log2 of the relative-frequency ratio).";

/**
 * Word frequencies, keyword in context and distinctive terms over what the caller may see:
 * participant turns of interviews in their center scope (for a code filter only codings they may
 * see under blind coding), and free-text answers of completed survey responses in their scope.
 */
@Injectable()
export class TextAnalysisService {
  // Published instrument versions never change, so their free-text keys are computed once.
  private readonly freeTextKeys = new Map<string, string[]>();

  constructor(private readonly dataSource: DataSource) {}

  async frequencies(actor: Actor, query: WordFrequencyQuery) {
    const documents = await this.documents(actor, query);
    const items = wordFrequencies(
      documents.map((d) => d.text),
      query.language,
      TERM_OPTIONS,
    );
    const tokens = items.reduce((sum, item) => sum + item.count, 0);
    return { language: query.language, source: query.source, documents: documents.length, tokens, distinctTerms: items.length, items: items.slice(0, query.limit) };
  }

  async keywordInContext(actor: Actor, query: KeywordInContextQuery) {
    const documents = await this.documents(actor, query);
    const lines = documents.flatMap((document) =>
      keywordInContext(document.text, query.term, query.language, { contextWords: query.contextWords }).map((match) => ({
        ...origin(document),
        // Offsets into the transcript (interviews) or the answer (survey responses).
        start: match.start + (document.source === 'transcript' ? document.start : 0),
        end: match.end + (document.source === 'transcript' ? document.start : 0),
        left: match.left,
        keyword: match.match,
        right: match.right,
      })),
    );
    return { language: query.language, term: query.term, total: lines.length, items: lines.slice(0, query.limit) };
  }

  async distinctiveTerms(actor: Actor, query: DistinctiveTermsQuery) {
    const documents = await this.documents(actor, query);
    const inTarget = (document: TextDocument) => (query.dimension === 'group' ? document.group : document.center) === query.target;
    const target = documents.filter(inTarget).map((d) => d.text);
    const reference = documents.filter((d) => !inTarget(d)).map((d) => d.text);
    const terms = distinctiveTerms(target, reference, query.language, { ...TERM_OPTIONS, minCount: query.minCount, limit: query.limit });
    // Stems read badly; the most frequent word form of each stem is shown and searched instead.
    const forms = new Map(wordFrequencies([...target, ...reference], query.language, TERM_OPTIONS).map((f) => [f.term, f.forms[0]?.form ?? f.term]));
    return {
      method: DISTINCTIVE_TERMS_METHOD,
      language: query.language,
      dimension: query.dimension,
      target: query.target,
      targetDocuments: target.length,
      referenceDocuments: reference.length,
      items: terms.map((term) => ({ ...term, form: forms.get(term.term) ?? term.term })),
    };
  }

  private async documents(actor: Actor, query: TextScopeQuery): Promise<TextDocument[]> {
    const wantsTranscripts = query.source !== 'responses';
    // Survey answers carry no codings: a code filter reads interviews only.
    const wantsResponses = query.source !== 'transcripts' && query.codeId === undefined;
    const [turns, answers] = await Promise.all([
      wantsTranscripts ? this.participantTurns(actor, query) : [],
      wantsResponses ? this.freeTextAnswers(actor, query) : [],
    ]);
    return [...turns, ...answers];
  }

  private async participantTurns(actor: Actor, query: TextScopeQuery): Promise<TextDocument[]> {
    const params: unknown[] = [query.language];
    const where = [`s.role = 'participant'`, 's.language = $1'];
    addScope(actor, query, params, where, 't');
    const segments = await this.dataSource.query<Array<{ id: string; transcript_id: string; start_cp: number; text: string; stakeholder_group: string; center_code: string }>>(
      `SELECT s.id, s.transcript_id, s.start_cp, s.text, t.stakeholder_group, t.center_code
       FROM segment s JOIN transcript t ON t.id = s.transcript_id
       WHERE ${where.join(' AND ')} ORDER BY t.created_at, t.id, s.ordinal`,
      params,
    );
    const base = (s: (typeof segments)[number]) => ({ source: 'transcript' as const, transcriptId: s.transcript_id, segmentId: s.id, group: s.stakeholder_group, center: s.center_code });
    if (query.codeId === undefined) return segments.map((s) => ({ ...base(s), start: Number(s.start_cp), text: s.text }));

    const ranges = await this.visibleCodedRanges(actor, query, query.codeId);
    return segments.flatMap((s) =>
      coveredPieces(s.text, Number(s.start_cp), ranges.get(s.transcript_id) ?? []).map((piece) => ({ ...base(s), start: piece.start, text: piece.text })),
    );
  }

  /** Ranges coded with the code, per transcript; under blind coding a non-lead sees others' codings only once revealed. */
  private async visibleCodedRanges(actor: Actor, query: TextScopeQuery, codeId: string): Promise<Map<string, Array<{ start: number; end: number }>>> {
    const params: unknown[] = [query.language, codeId, actor.id, actor.role === 'lead' || actor.role === 'admin'];
    const where = ['t.language = $1', 'c.code_id = $2', '($4 OR t.codings_revealed_at IS NOT NULL OR c.coder_id = $3)'];
    addScope(actor, query, params, where, 't');
    const rows = await this.dataSource.query<Array<{ transcript_id: string; start_cp: number; end_cp: number }>>(
      `SELECT c.transcript_id, c.start_cp, c.end_cp FROM coding c JOIN transcript t ON t.id = c.transcript_id WHERE ${where.join(' AND ')}`,
      params,
    );
    const ranges = new Map<string, Array<{ start: number; end: number }>>();
    for (const row of rows) {
      const list = ranges.get(row.transcript_id) ?? [];
      list.push({ start: Number(row.start_cp), end: Number(row.end_cp) });
      ranges.set(row.transcript_id, list);
    }
    return ranges;
  }

  private async freeTextAnswers(actor: Actor, query: TextScopeQuery): Promise<TextDocument[]> {
    const params: unknown[] = [query.language];
    const where = [`r.status = 'completed'`, 'r.language = $1'];
    addScope(actor, query, params, where, 'r', 'p');
    const rows = await this.dataSource.query<Array<{ id: string; instrument_version_id: string; data: Record<string, unknown>; stakeholder_group: string; center_code: string }>>(
      `SELECT r.id, r.instrument_version_id, r.data, p.stakeholder_group, r.center_code
       FROM survey_response r JOIN participant p ON p.id = r.participant_id
       WHERE ${where.join(' AND ')} ORDER BY r.completed_at, r.id`,
      params,
    );
    await this.loadFreeTextKeys([...new Set(rows.map((r) => r.instrument_version_id))]);
    return rows.flatMap((row) =>
      (this.freeTextKeys.get(row.instrument_version_id) ?? []).flatMap((key) => {
        const value = row.data[key];
        if (typeof value !== 'string' || value.trim() === '') return [];
        return [{ source: 'response' as const, responseId: row.id, question: key, text: value, group: row.stakeholder_group, center: row.center_code }];
      }),
    );
  }

  private async loadFreeTextKeys(versionIds: readonly string[]): Promise<void> {
    const missing = versionIds.filter((id) => !this.freeTextKeys.has(id));
    if (missing.length === 0) return;
    const versions = await this.dataSource.query<Array<{ id: string; definition: object }>>('SELECT id, definition FROM instrument_version WHERE id = ANY($1::uuid[])', [missing]);
    for (const version of versions) this.freeTextKeys.set(version.id, freeTextKeysOf(buildDataDictionary(version.definition)));
  }
}

/** Data keys holding free text: comment questions, plain text inputs, and comment / "other" boxes. */
export function freeTextKeysOf(dictionary: readonly DataDictionaryEntry[]): string[] {
  const keys: string[] = [];
  for (const entry of dictionary) {
    const isFreeText = entry.type === 'comment' || (entry.type === 'text' && (entry.inputType ?? 'text') === 'text');
    if (isFreeText) keys.push(entry.key ?? entry.name);
    if (entry.commentKey) keys.push(entry.commentKey);
  }
  return keys;
}

function origin(document: TextDocument) {
  return document.source === 'transcript'
    ? { source: document.source, transcriptId: document.transcriptId, segmentId: document.segmentId, group: document.group, center: document.center }
    : { source: document.source, responseId: document.responseId, question: document.question, group: document.group, center: document.center };
}

/** Center scope of the caller plus the group and center filters, on the table aliased `alias`. */
function addScope(actor: Actor, query: TextScopeQuery, params: unknown[], where: string[], alias: string, groupAlias = alias): void {
  const scope = centerScope(actor);
  if (scope) {
    params.push(scope);
    where.push(`${alias}.center_code = $${params.length}`);
  }
  if (query.center) {
    params.push(query.center);
    where.push(`${alias}.center_code = $${params.length}`);
  }
  if (query.group) {
    params.push(query.group);
    where.push(`${groupAlias}.stakeholder_group = $${params.length}`);
  }
}
