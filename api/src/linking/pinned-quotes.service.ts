import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { canSeeCenter, centerScope, type Actor } from '../access/actor.js';
import { AuditService } from '../audit/audit.service.js';
import type { LocalizedTexts } from '../codebook/code.entity.js';
import { Coding } from '../coding/coding.entity.js';
import { seesAllCodings } from '../coding/coding.service.js';
import { AppError } from '../common/errors/app-error.js';
import { Transcript } from '../transcripts/transcript.entity.js';
import type { LinkingScope } from './linking-data.service.js';
import type { EditTranslationsInput, ListQuotesQuery, PinQuoteInput, QuoteCandidatesQuery } from './linking.schemas.js';
import { PinnedQuote } from './pinned-quote.entity.js';

export interface PinnedQuoteView {
  id: string;
  codingId: string;
  transcriptId: string;
  participantCode: string;
  criterion: string;
  group: string;
  center: string;
  /** The passage as coded, in the interview's language. */
  original: string;
  originalLanguage: string;
  translations: LocalizedTexts;
  /** What the reader sees: the translation in their language when there is one, else the original. */
  display: { text: string; language: string; translated: boolean };
  revision: number;
  pinnedBy: string;
  updatedAt: string;
}

interface QuoteRow {
  id: string;
  coding_id: string;
  transcript_id: string;
  participant_code: string;
  criterion: string;
  stakeholder_group: string;
  center_code: string;
  passage: string;
  language: string;
  translations: LocalizedTexts;
  revision: number;
  pinned_by: string;
  updated_at: Date;
}

/** Picks the text a reader of `language` sees. */
export function displayText(original: string, originalLanguage: string, translations: LocalizedTexts, language: string): PinnedQuoteView['display'] {
  const translated = language !== originalLanguage ? translations[language as keyof LocalizedTexts] : undefined;
  return translated ? { text: translated, language, translated: true } : { text: original, language: originalLanguage, translated: false };
}

/** Drops empty translations: an empty text means "no translation in that language". */
function cleaned(translations: LocalizedTexts): LocalizedTexts {
  return Object.fromEntries(Object.entries(translations).filter(([, text]) => typeof text === 'string' && text.trim() !== ''));
}

/** A coded passage that could be pinned for a criterion × group cell. */
export interface QuoteCandidate {
  codingId: string;
  transcriptId: string;
  participantCode: string;
  passage: string;
  language: string;
  start: number;
  end: number;
  valence: string | null;
  pinned: boolean;
}

const MAX_CANDIDATES = 50;

/** Exemplar quotes for the joint display: pinned by researchers, center-scoped like their transcripts, audited. */
@Injectable()
export class PinnedQuotesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(actor: Actor, scope: LinkingScope & ListQuotesQuery & { id?: string }, language: string): Promise<PinnedQuoteView[]> {
    const params: unknown[] = [];
    const where: string[] = [];
    const add = (sql: string, value: unknown) => {
      params.push(value);
      where.push(sql.replace('?', `$${params.length}`));
    };
    const own = centerScope(actor);
    if (own) add('q.center_code = ?', own);
    if (scope.center) add('q.center_code = ?', scope.center);
    if (scope.language) add('t.language = ?', scope.language);
    if (scope.criterion) add('q.criterion = ?', scope.criterion);
    if (scope.group) add('q.stakeholder_group = ?', scope.group);
    if (scope.id) add('q.id = ?', scope.id);
    if (actor.role !== 'lead' && actor.role !== 'admin') where.push('t.codings_revealed_at IS NOT NULL');
    const rows = await this.dataSource.query<QuoteRow[]>(
      `SELECT q.id, q.coding_id, c.transcript_id, p.code AS participant_code, q.criterion, q.stakeholder_group, q.center_code, c.passage, t.language,
              q.translations, q.revision, q.pinned_by, q.updated_at
       FROM pinned_quote q JOIN coding c ON c.id = q.coding_id JOIN transcript t ON t.id = c.transcript_id JOIN participant p ON p.id = t.participant_id
       ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY q.criterion, q.stakeholder_group, q.created_at, q.id`,
      params,
    );
    return rows.map((row) => toView(row, language));
  }

  /**
   * Passages coded with a code of this criterion in interviews of this group that the caller may
   * see (center scope, blind coding), longest first: the candidates for the cell's exemplar quote.
   */
  async candidates(actor: Actor, query: QuoteCandidatesQuery): Promise<QuoteCandidate[]> {
    const params: unknown[] = [query.criterion, query.group];
    const where = ['k.criterion = $1', 't.stakeholder_group = $2'];
    const add = (sql: string, value: unknown) => {
      params.push(value);
      where.push(sql.replace('?', `$${params.length}`));
    };
    const own = centerScope(actor);
    if (own) add('t.center_code = ?', own);
    if (query.center) add('t.center_code = ?', query.center);
    if (query.language) add('t.language = ?', query.language);
    if (actor.role !== 'lead' && actor.role !== 'admin') {
      params.push(actor.id);
      where.push(`(t.codings_revealed_at IS NOT NULL OR c.coder_id = $${params.length})`);
    }
    const rows = await this.dataSource.query<
      Array<{ id: string; transcript_id: string; code: string; passage: string; language: string; start_cp: number; end_cp: number; valence: string | null; pinned: boolean }>
    >(
      `SELECT c.id, c.transcript_id, p.code, c.passage, t.language, c.start_cp, c.end_cp, k.valence,
              EXISTS (SELECT 1 FROM pinned_quote q WHERE q.coding_id = c.id AND q.criterion = $1 AND q.stakeholder_group = $2) AS pinned
       FROM coding c JOIN transcript t ON t.id = c.transcript_id JOIN participant p ON p.id = t.participant_id JOIN code k ON k.id = c.code_id
       WHERE ${where.join(' AND ')}
       ORDER BY (c.end_cp - c.start_cp) DESC, c.id
       LIMIT ${MAX_CANDIDATES}`,
      params,
    );
    return rows.map((r) => ({
      codingId: r.id,
      transcriptId: r.transcript_id,
      participantCode: r.code,
      passage: r.passage,
      language: r.language,
      start: Number(r.start_cp),
      end: Number(r.end_cp),
      valence: r.valence,
      pinned: r.pinned,
    }));
  }

  /** Pins a visible coded passage; pinning the same passage for the same cell again returns the existing pin. */
  async pin(actor: Actor, input: PinQuoteInput, language: string): Promise<PinnedQuoteView> {
    const id = await this.dataSource.transaction(async (manager) => {
      const coding = await manager.findOne(Coding, { where: { id: input.codingId }, select: { id: true, transcriptId: true, coderId: true } });
      if (!coding) throw new AppError('NOT_FOUND');
      const transcript = await manager.findOne(Transcript, { where: { id: coding.transcriptId }, select: { id: true, centerCode: true, group: true, codingsRevealedAt: true } });
      if (!transcript || !canSeeCenter(actor, transcript.centerCode)) throw new AppError('NOT_FOUND');
      if (!seesAllCodings(actor, transcript) && coding.coderId !== actor.id) throw new AppError('NOT_FOUND');
      // A quote speaks for the group its speaker belongs to.
      if (transcript.group !== input.group) throw new AppError('VALIDATION_FAILED', {}, { issues: [{ path: 'group', rule: 'mismatch', expected: transcript.group }] });
      const existing = await manager.findOneBy(PinnedQuote, { codingId: input.codingId, criterion: input.criterion, group: input.group });
      if (existing) return existing.id;
      const quote = await manager.save(
        manager.create(PinnedQuote, {
          codingId: input.codingId,
          criterion: input.criterion,
          group: input.group,
          translations: cleaned(input.translations ?? {}),
          centerCode: transcript.centerCode,
          pinnedBy: actor.id,
        }),
      );
      await this.audit.append(manager, {
        actor,
        action: 'quote.pinned',
        entity: 'pinned_quote',
        entityId: quote.id,
        center: transcript.centerCode,
        summary: { codingId: input.codingId, criterion: input.criterion, group: input.group, languages: Object.keys(quote.translations) },
      });
      return quote.id;
    });
    return this.get(actor, id, language);
  }

  async unpin(actor: Actor, id: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const quote = await this.visible(manager, actor, id);
      await manager.delete(PinnedQuote, { id });
      await this.audit.append(manager, {
        actor,
        action: 'quote.unpinned',
        entity: 'pinned_quote',
        entityId: id,
        center: quote.centerCode,
        summary: { codingId: quote.codingId, criterion: quote.criterion, group: quote.group },
      });
    });
  }

  /** Replaces the given languages' translations (empty text removes one), conditional on the revision seen. */
  async editTranslations(actor: Actor, id: string, input: EditTranslationsInput, language: string): Promise<PinnedQuoteView> {
    await this.dataSource.transaction(async (manager) => {
      const quote = await this.visible(manager, actor, id);
      const next: LocalizedTexts = cleaned({ ...quote.translations, ...input.translations });
      const result = await manager
        .createQueryBuilder()
        .update(PinnedQuote)
        .set({ translations: next, revision: () => 'revision + 1' })
        .where('id = :id AND revision = :revision', { id, revision: input.revision })
        .execute();
      if (result.affected !== 1) throw new AppError('STALE_REVISION', {}, { currentRevision: quote.revision });
      await this.audit.append(manager, {
        actor,
        action: 'quote.translations_edited',
        entity: 'pinned_quote',
        entityId: id,
        center: quote.centerCode,
        summary: { languages: Object.keys(input.translations) },
      });
    });
    return this.get(actor, id, language);
  }

  private async get(actor: Actor, id: string, language: string): Promise<PinnedQuoteView> {
    const [view] = await this.list(actor, { id }, language);
    if (!view) throw new AppError('NOT_FOUND');
    return view;
  }

  private async visible(manager: EntityManager, actor: Actor, id: string): Promise<PinnedQuote> {
    const quote = await manager.findOneBy(PinnedQuote, { id });
    if (!quote || !canSeeCenter(actor, quote.centerCode)) throw new AppError('NOT_FOUND');
    return quote;
  }
}

function toView(row: QuoteRow, language: string): PinnedQuoteView {
  return {
    id: row.id,
    codingId: row.coding_id,
    transcriptId: row.transcript_id,
    participantCode: row.participant_code,
    criterion: row.criterion,
    group: row.stakeholder_group,
    center: row.center_code,
    original: row.passage,
    originalLanguage: row.language,
    translations: row.translations,
    display: displayText(row.passage, row.language, row.translations, language),
    revision: Number(row.revision),
    pinnedBy: row.pinned_by,
    updatedAt: new Date(row.updated_at).toISOString(),
  };
}
