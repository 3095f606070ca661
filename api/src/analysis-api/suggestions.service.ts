import { Injectable } from '@nestjs/common';
import { DataSource, In, IsNull } from 'typeorm';
import { crossValidate, isLanguage, suggestCodes, trainCodeSuggester, type CodedPassage, type Language } from '@polyphony/analysis';
import { canSeeCenter, centerScope, type Actor } from '../access/actor.js';
import { AuditService } from '../audit/audit.service.js';
import { AppError } from '../common/errors/app-error.js';
import { CodingService } from '../coding/coding.service.js';
import type { CodingView } from '../coding/coding-view.js';
import { CodeSuggestion, CodeSuggestionModel } from './suggestions.entities.js';
import type { GenerateSuggestionsInput, SuggestionQueueQuery } from './suggestions.schemas.js';
import { toSuggestionModelView, type SuggestionModelView, type SuggestionView } from './suggestions.views.js';

/** Fewer coded passages than this give cross-validation folds too small to mean anything. */
export const MIN_TRAINING_PASSAGES = 10;
const FOLDS = 5;
const SEED = 1;
const INSERT_BATCH = 500;

interface SegmentRow {
  id: string;
  transcript_id: string;
  start_cp: number;
  end_cp: number;
  text: string;
  language: string;
}

/**
 * Code suggestions with a review queue. A per-language classifier learns from the passages the
 * caller may see coded (blind coding holds: a non-lead learns from others' codings only once
 * revealed) and proposes codes for participant turns the caller sees uncoded. Each coder has their
 * own queue; nothing is coded until they accept, and accepting goes through the coding service.
 */
@Injectable()
export class SuggestionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly coding: CodingService,
    private readonly audit: AuditService,
  ) {}

  async generate(actor: Actor, input: GenerateSuggestionsInput) {
    const transcripts = await this.visibleTranscripts(actor, input.transcriptIds);
    const uncoded = await this.uncodedSegments(actor, transcripts.map((t) => t.id));
    const languages = [...new Set(uncoded.map((s) => s.language))].filter(isLanguage).sort();
    const reviewed = await this.reviewedPairs(actor, input.transcriptIds);

    // Training and cross-validation are CPU work: done before the transaction opens.
    const trained: Array<{ model: Omit<CodeSuggestionModel, 'id' | 'createdAt'>; suggestions: Array<Omit<CodeSuggestion, 'id' | 'modelId' | 'createdAt'>> }> = [];
    const skipped: Array<{ language: Language; passages: number }> = [];
    for (const language of languages) {
      const passages = await this.trainingPassages(actor, language);
      if (passages.length < MIN_TRAINING_PASSAGES) {
        skipped.push({ language, passages: passages.length });
        continue;
      }
      const suggester = trainCodeSuggester(passages);
      const evaluation = crossValidate(passages, { folds: FOLDS, seed: SEED, threshold: input.minConfidence });
      const suggestions = uncoded
        .filter((segment) => segment.language === language)
        .flatMap((segment) =>
          suggestCodes(suggester, { language, text: segment.text }, { minProbability: input.minConfidence, limit: input.maxPerSegment })
            .filter((s) => !reviewed.has(`${segment.id}:${s.codeId}`))
            .map((s) => ({
              transcriptId: segment.transcript_id,
              segmentId: segment.id,
              codeId: s.codeId,
              requestedBy: actor.id,
              startCp: Number(segment.start_cp),
              endCp: Number(segment.end_cp),
              confidence: s.probability,
              status: 'pending' as const,
              reviewedBy: null,
              reviewedAt: null,
              codingId: null,
            })),
        );
      trained.push({
        model: { createdBy: actor.id, centerCode: centerScope(actor), language, method: suggester.method, trainingPassages: passages.length, threshold: input.minConfidence, evaluation },
        suggestions,
      });
    }
    // Languages with uncoded turns but too little to learn from: nothing can be suggested, say why.
    if (languages.length > 0 && trained.length === 0) {
      const first = skipped[0];
      throw new AppError('SUGGESTIONS_NEED_CODED_PASSAGES', { language: first?.language ?? transcripts[0]?.language ?? '', passages: first?.passages ?? 0, minimum: MIN_TRAINING_PASSAGES });
    }

    return this.dataSource.transaction(async (manager) => {
      // Regenerating replaces the coder's open suggestions on these transcripts; reviewed ones stay as history.
      await manager.delete(CodeSuggestion, { requestedBy: actor.id, status: 'pending', transcriptId: In(input.transcriptIds) });
      const models: SuggestionModelView[] = [];
      let created = 0;
      for (const { model, suggestions } of trained) {
        const saved = await manager.save(manager.create(CodeSuggestionModel, model));
        models.push(toSuggestionModelView(saved));
        for (let from = 0; from < suggestions.length; from += INSERT_BATCH) {
          await manager.insert(CodeSuggestion, suggestions.slice(from, from + INSERT_BATCH).map((s) => ({ ...s, modelId: saved.id })));
        }
        created += suggestions.length;
      }
      await this.audit.append(manager, {
        actor,
        action: 'code_suggestion.generated',
        entity: 'code_suggestion_model',
        entityId: models[0]?.id ?? null,
        center: centerScope(actor),
        summary: { transcriptIds: input.transcriptIds, models: models.map((m) => m.id), suggestions: created, threshold: input.minConfidence },
      });
      return { created, models, skipped };
    });
  }

  /** The caller's queue, most confident first, with the models that made the suggestions. */
  async queue(actor: Actor, query: SuggestionQueueQuery): Promise<{ total: number; items: SuggestionView[]; models: SuggestionModelView[] }> {
    const params: unknown[] = [actor.id, query.status, query.minConfidence];
    const where = ['cs.requested_by = $1', 'cs.status = $2', 'cs.confidence >= $3'];
    const scope = centerScope(actor);
    if (scope) {
      params.push(scope);
      where.push(`t.center_code = $${params.length}`);
    }
    if (query.transcriptId) {
      params.push(query.transcriptId);
      where.push(`cs.transcript_id = $${params.length}`);
    }
    if (query.codeId) {
      params.push(query.codeId);
      where.push(`cs.code_id = $${params.length}`);
    }
    params.push(query.limit);
    const rows = await this.dataSource.query<
      Array<{ id: string; transcript_id: string; participant_code: string; stakeholder_group: string; segment_id: string; code_id: string; start_cp: number; end_cp: number; text: string; language: string; confidence: number; status: SuggestionView['status']; model_id: string; created_at: Date | string; reviewed_at: Date | string | null; coding_id: string | null; total: string | number }>
    >(
      `SELECT cs.id, cs.transcript_id, p.code AS participant_code, t.stakeholder_group, cs.segment_id, cs.code_id, cs.start_cp, cs.end_cp, s.text, s.language,
              cs.confidence, cs.status, cs.model_id, cs.created_at, cs.reviewed_at, cs.coding_id, count(*) OVER () AS total
       FROM code_suggestion cs
       JOIN segment s ON s.id = cs.segment_id
       JOIN transcript t ON t.id = cs.transcript_id
       JOIN participant p ON p.id = t.participant_id
       WHERE ${where.join(' AND ')}
       ORDER BY cs.confidence DESC, cs.id LIMIT $${params.length}`,
      params,
    );
    const items = rows.map((r) => ({
      id: r.id,
      transcriptId: r.transcript_id,
      participantCode: r.participant_code,
      group: r.stakeholder_group,
      segmentId: r.segment_id,
      codeId: r.code_id,
      start: Number(r.start_cp),
      end: Number(r.end_cp),
      text: r.text,
      language: r.language,
      confidence: Number(r.confidence),
      status: r.status,
      modelId: r.model_id,
      createdAt: new Date(r.created_at).toISOString(),
      reviewedAt: r.reviewed_at === null ? null : new Date(r.reviewed_at).toISOString(),
      codingId: r.coding_id,
    }));
    return { total: Number(rows[0]?.total ?? 0), items, models: await this.models(actor, [...new Set(items.map((i) => i.modelId))]) };
  }

  /**
   * Accepting codes the segment in the accepting researcher's name through the coding service (which
   * audits the coding). The suggestion is claimed first with a conditional update, so two accepts
   * of the same suggestion can never create two codings; if coding fails the claim is released.
   */
  async accept(actor: Actor, id: string): Promise<{ suggestion: SuggestionView; coding: CodingView }> {
    const suggestion = await this.findReviewable(actor, id);
    await this.claim(actor, suggestion.id, 'accepted');
    let coding: CodingView;
    try {
      coding = await this.coding.add(actor, suggestion.transcriptId, { codeId: suggestion.codeId, start: suggestion.startCp, end: suggestion.endCp });
    } catch (error) {
      await this.dataSource.getRepository(CodeSuggestion).update({ id: suggestion.id, status: 'accepted', codingId: IsNull() }, { status: 'pending', reviewedBy: null, reviewedAt: null });
      throw error;
    }
    await this.dataSource.transaction(async (manager) => {
      await manager.update(CodeSuggestion, { id: suggestion.id }, { codingId: coding.id });
      await this.audit.append(manager, {
        actor,
        action: 'code_suggestion.accepted',
        entity: 'code_suggestion',
        entityId: suggestion.id,
        center: suggestion.centerCode,
        summary: { transcriptId: suggestion.transcriptId, codeId: suggestion.codeId, codingId: coding.id, confidence: suggestion.confidence, modelId: suggestion.modelId },
      });
    });
    return { suggestion: await this.view(suggestion.id), coding };
  }

  async reject(actor: Actor, id: string): Promise<{ suggestion: SuggestionView }> {
    const suggestion = await this.findReviewable(actor, id);
    await this.dataSource.transaction(async (manager) => {
      await this.claim(actor, suggestion.id, 'rejected', manager);
      await this.audit.append(manager, {
        actor,
        action: 'code_suggestion.rejected',
        entity: 'code_suggestion',
        entityId: suggestion.id,
        center: suggestion.centerCode,
        summary: { transcriptId: suggestion.transcriptId, codeId: suggestion.codeId, confidence: suggestion.confidence, modelId: suggestion.modelId },
      });
    });
    return { suggestion: await this.view(suggestion.id) };
  }

  /** Pending → reviewed, only if still pending: the loser of a race (or a second click) gets 409. */
  private async claim(actor: Actor, id: string, status: 'accepted' | 'rejected', manager = this.dataSource.manager): Promise<void> {
    const result = await manager
      .createQueryBuilder()
      .update(CodeSuggestion)
      .set({ status, reviewedBy: actor.id, reviewedAt: () => 'now()' })
      .where("id = :id AND status = 'pending'", { id })
      .execute();
    if (result.affected !== 1) throw new AppError('SUGGESTION_ALREADY_REVIEWED');
  }

  /** The caller's own suggestion on a transcript they can see (else 404), still pending (else 409). */
  private async findReviewable(actor: Actor, id: string): Promise<CodeSuggestion & { centerCode: string }> {
    const suggestion = await this.dataSource.getRepository(CodeSuggestion).findOne({ where: { id }, relations: { transcript: true } });
    const centerCode = suggestion?.transcript?.centerCode ?? null;
    if (!suggestion || suggestion.requestedBy !== actor.id || !canSeeCenter(actor, centerCode)) throw new AppError('NOT_FOUND');
    if (suggestion.status !== 'pending') throw new AppError('SUGGESTION_ALREADY_REVIEWED');
    return Object.assign(suggestion, { centerCode: centerCode ?? '' });
  }

  private async view(id: string): Promise<SuggestionView> {
    const suggestion = await this.dataSource.getRepository(CodeSuggestion).findOneOrFail({ where: { id }, relations: { transcript: { participant: true }, segment: true } });
    return {
      id: suggestion.id,
      transcriptId: suggestion.transcriptId,
      participantCode: suggestion.transcript?.participant?.code ?? '',
      group: suggestion.transcript?.group ?? '',
      segmentId: suggestion.segmentId,
      codeId: suggestion.codeId,
      start: suggestion.startCp,
      end: suggestion.endCp,
      text: suggestion.segment?.text ?? '',
      language: suggestion.segment?.language ?? '',
      confidence: suggestion.confidence,
      status: suggestion.status,
      modelId: suggestion.modelId,
      createdAt: suggestion.createdAt.toISOString(),
      reviewedAt: suggestion.reviewedAt ? suggestion.reviewedAt.toISOString() : null,
      codingId: suggestion.codingId,
    };
  }

  /** The given models plus the caller's latest per language, so the quality table survives an emptied queue. */
  private async models(actor: Actor, ids: readonly string[]): Promise<SuggestionModelView[]> {
    const latest = await this.dataSource.query<Array<{ id: string }>>(
      'SELECT DISTINCT ON (language) id FROM code_suggestion_model WHERE created_by = $1 ORDER BY language, created_at DESC',
      [actor.id],
    );
    const wanted = [...new Set([...ids, ...latest.map((row) => row.id)])];
    if (wanted.length === 0) return [];
    const models = await this.dataSource.getRepository(CodeSuggestionModel).find({ where: { id: In(wanted) }, order: { language: 'ASC', createdAt: 'DESC' } });
    return models.map(toSuggestionModelView);
  }

  private async visibleTranscripts(actor: Actor, ids: readonly string[]): Promise<Array<{ id: string; language: string }>> {
    const scope = centerScope(actor);
    const rows = await this.dataSource.query<Array<{ id: string; language: string }>>(
      'SELECT id, language FROM transcript WHERE id = ANY($1::uuid[]) AND ($2::varchar IS NULL OR center_code = $2::varchar)',
      [ids, scope],
    );
    if (rows.length !== ids.length) throw new AppError('NOT_FOUND');
    return rows;
  }

  /** Participant turns of these transcripts without any coding the caller can see. */
  private async uncodedSegments(actor: Actor, transcriptIds: readonly string[]): Promise<SegmentRow[]> {
    return this.dataSource.query<SegmentRow[]>(
      `SELECT s.id, s.transcript_id, s.start_cp, s.end_cp, s.text, s.language
       FROM segment s JOIN transcript t ON t.id = s.transcript_id
       WHERE s.transcript_id = ANY($1::uuid[]) AND s.role = 'participant' AND s.end_cp > s.start_cp
         AND NOT EXISTS (
           SELECT 1 FROM coding c
           WHERE c.transcript_id = s.transcript_id AND c.start_cp < s.end_cp AND c.end_cp > s.start_cp
             AND ($3 OR t.codings_revealed_at IS NOT NULL OR c.coder_id = $2))
       ORDER BY t.created_at, s.transcript_id, s.ordinal`,
      [transcriptIds, actor.id, seesEveryCoding(actor)],
    );
  }

  /**
   * Training material: every participant turn in the caller's scope and this language that carries
   * at least one coding the caller may see, labelled with the (active) codes of those codings.
   */
  private async trainingPassages(actor: Actor, language: Language): Promise<CodedPassage[]> {
    const rows = await this.dataSource.query<Array<{ id: string; text: string; code_id: string }>>(
      `SELECT s.id, s.text, c.code_id
       FROM segment s
       JOIN transcript t ON t.id = s.transcript_id
       JOIN coding c ON c.transcript_id = s.transcript_id AND c.start_cp < s.end_cp AND c.end_cp > s.start_cp
       JOIN code k ON k.id = c.code_id AND k.merged_into_id IS NULL
       WHERE s.role = 'participant' AND s.language = $1
         AND ($4 OR t.codings_revealed_at IS NOT NULL OR c.coder_id = $2)
         AND ($3::varchar IS NULL OR t.center_code = $3::varchar)
       ORDER BY t.created_at, s.transcript_id, s.ordinal, c.code_id`,
      [language, actor.id, centerScope(actor), seesEveryCoding(actor)],
    );
    const passages = new Map<string, { language: Language; text: string; codeIds: string[] }>();
    for (const row of rows) {
      const passage = passages.get(row.id) ?? { language, text: row.text, codeIds: [] };
      if (!passage.codeIds.includes(row.code_id)) passage.codeIds.push(row.code_id);
      passages.set(row.id, passage);
    }
    return [...passages.values()];
  }

  /** Segment/code pairs this coder already accepted or rejected: not suggested to them again. */
  private async reviewedPairs(actor: Actor, transcriptIds: readonly string[]): Promise<Set<string>> {
    const rows = await this.dataSource.query<Array<{ segment_id: string; code_id: string }>>(
      `SELECT segment_id, code_id FROM code_suggestion WHERE requested_by = $1 AND status <> 'pending' AND transcript_id = ANY($2::uuid[])`,
      [actor.id, transcriptIds],
    );
    return new Set(rows.map((r) => `${r.segment_id}:${r.code_id}`));
  }
}

/** Leads (and admins) see every coder's codings; others see only their own until a transcript is revealed. */
function seesEveryCoding(actor: Actor): boolean {
  return actor.role === 'lead' || actor.role === 'admin';
}
