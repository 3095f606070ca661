import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { characterAgreement, codingDisagreements } from '@polyphony/analysis';
import { canSeeCenter, type Actor } from '../access/actor.js';
import { AuditService } from '../audit/audit.service.js';
import { AppError } from '../common/errors/app-error.js';
import { Code } from '../codebook/code.entity.js';
import { Segment } from '../transcripts/segment.entity.js';
import { Transcript } from '../transcripts/transcript.entity.js';
import { CodingEvent, type CodingEventKind } from './coding-event.entity.js';
import { toCodingView, type CodingView } from './coding-view.js';
import { Coding } from './coding.entity.js';
import type { AddCodingInput, ComparisonQuery, UpdateCodingInput } from './coding.schemas.js';

export const CONTEXT_CODE_POINTS = 160;

/** Leads (and admins) see every coder's work; everyone else sees others' only once revealed. */
export function seesAllCodings(actor: Actor, transcript: Pick<Transcript, 'codingsRevealedAt'>): boolean {
  return actor.role === 'lead' || actor.role === 'admin' || transcript.codingsRevealedAt !== null;
}

@Injectable()
export class CodingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** The transcript's access facts (not its text, which can be large). */
  async findVisibleTranscript(manager: EntityManager, actor: Actor, transcriptId: string): Promise<Pick<Transcript, 'id' | 'centerCode' | 'lengthCp' | 'codingsRevealedAt'>> {
    const transcript = await manager.findOne(Transcript, { where: { id: transcriptId }, select: { id: true, centerCode: true, lengthCp: true, codingsRevealedAt: true } });
    if (!transcript || !canSeeCenter(actor, transcript.centerCode)) throw new AppError('NOT_FOUND');
    return transcript;
  }

  /** The codings of a transcript this actor may see (blind mode hides other coders' until revealed). */
  async listForTranscript(actor: Actor, transcriptId: string): Promise<CodingView[]> {
    const transcript = await this.findVisibleTranscript(this.dataSource.manager, actor, transcriptId);
    const where = seesAllCodings(actor, transcript) ? { transcriptId } : { transcriptId, coderId: actor.id };
    const codings = await this.dataSource.getRepository(Coding).find({ where, order: { startCp: 'ASC', endCp: 'ASC' } });
    return codings.map(toCodingView);
  }

  async add(actor: Actor, transcriptId: string, input: AddCodingInput): Promise<CodingView> {
    return this.dataSource.transaction(async (manager) => {
      const transcript = await this.findVisibleTranscript(manager, actor, transcriptId);
      if (input.end > transcript.lengthCp) throw new AppError('CODING_OUT_OF_RANGE', { length: transcript.lengthCp });
      const code = await manager.findOneBy(Code, { id: input.codeId });
      if (!code || code.mergedIntoId) throw new AppError('NOT_FOUND');
      // substr() counts characters (code points), the unit of every offset.
      const [inserted] = await manager.query<Array<{ id: string; revision: number; created_at: Date }>>(
        `INSERT INTO coding (transcript_id, code_id, coder_id, start_cp, end_cp, memo, passage, context_before, context_after)
         SELECT t.id, $2, $3, $4, $5, $6, substr(t.text, $4 + 1, $5 - $4), substr(t.text, greatest(1, $4 + 1 - $7), least($4, $7)), substr(t.text, $5 + 1, $7)
         FROM transcript t WHERE t.id = $1 RETURNING id, revision, created_at`,
        [transcriptId, code.id, actor.id, input.start, input.end, input.memo ?? null, CONTEXT_CODE_POINTS],
      );
      // Everything else of the row is what was just sent: no read-back on this hot path.
      const coding = manager.create(Coding, {
        id: inserted.id,
        transcriptId,
        codeId: code.id,
        coderId: actor.id,
        startCp: input.start,
        endCp: input.end,
        memo: input.memo ?? null,
        revision: Number(inserted.revision),
        createdAt: new Date(inserted.created_at),
      });
      await this.log(manager, actor, 'added', coding, transcript.centerCode);
      return toCodingView(coding);
    });
  }

  /** A coder removes their own coding; the event log keeps what it was. */
  async remove(actor: Actor, codingId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const coding = await this.findOwn(manager, actor, codingId);
      const transcript = await this.findVisibleTranscript(manager, actor, coding.transcriptId);
      await this.log(manager, actor, 'removed', coding, transcript.centerCode);
      await manager.delete(Coding, { id: codingId });
    });
  }

  async updateMemo(actor: Actor, codingId: string, input: UpdateCodingInput): Promise<CodingView> {
    return this.dataSource.transaction(async (manager) => {
      const coding = await this.findOwn(manager, actor, codingId);
      const transcript = await this.findVisibleTranscript(manager, actor, coding.transcriptId);
      const result = await manager
        .createQueryBuilder()
        .update(Coding)
        .set({ memo: input.memo, revision: () => 'revision + 1' })
        .where('id = :id AND revision = :revision', { id: codingId, revision: input.revision })
        .execute();
      if (result.affected !== 1) throw new AppError('STALE_REVISION', {}, { currentRevision: coding.revision });
      const updated = await manager.findOneByOrFail(Coding, { id: codingId });
      await this.log(manager, actor, 'memo_changed', updated, transcript.centerCode);
      return toCodingView(updated);
    });
  }

  async reveal(actor: Actor, transcriptId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const transcript = await this.findVisibleTranscript(manager, actor, transcriptId);
      if (transcript.codingsRevealedAt) return;
      await manager.update(Transcript, { id: transcriptId }, { codingsRevealedAt: new Date() });
      await this.audit.append(manager, { actor, action: 'transcript.codings_revealed', entity: 'transcript', entityId: transcriptId, center: transcript.centerCode });
    });
  }

  /** Two coders side by side: character-level agreement per code and the passages where they differ. */
  async compare(actor: Actor, transcriptId: string, query: ComparisonQuery) {
    const transcript = await this.findVisibleTranscript(this.dataSource.manager, actor, transcriptId);
    if (!seesAllCodings(actor, transcript)) throw new AppError('CODINGS_NOT_REVEALED');
    const codings = await this.dataSource.getRepository(Coding).find({ where: [{ transcriptId, coderId: query.coderA }, { transcriptId, coderId: query.coderB }] });
    const segments = await this.dataSource.getRepository(Segment).find({ where: { transcriptId }, order: { ordinal: 'ASC' } });
    const input = {
      transcripts: [{ id: transcriptId, length: transcript.lengthCp, segments: segments.map((s) => ({ id: s.id, start: s.startCp, end: s.endCp })) }],
      codings: codings.map((c) => ({ transcriptId, coderId: c.coderId, codeId: c.codeId, start: c.startCp, end: c.endCp })),
      coderIds: [query.coderA, query.coderB],
    };
    return {
      coders: [query.coderA, query.coderB],
      agreement: characterAgreement(input),
      disagreements: codingDisagreements(input),
      codings: codings.map(toCodingView),
    };
  }

  private async findOwn(manager: EntityManager, actor: Actor, codingId: string): Promise<Coding> {
    const coding = await manager.findOneBy(Coding, { id: codingId });
    if (!coding || coding.coderId !== actor.id) throw new AppError('NOT_FOUND');
    return coding;
  }

  private async log(manager: EntityManager, actor: Actor, kind: CodingEventKind, coding: Coding, center: string): Promise<void> {
    await manager.insert(CodingEvent, {
      at: new Date(),
      coderId: actor.id,
      kind,
      codingId: coding.id,
      transcriptId: coding.transcriptId,
      codeId: coding.codeId,
      startCp: coding.startCp,
      endCp: coding.endCp,
      memo: coding.memo,
    });
    await this.audit.append(manager, { actor, action: `coding.${kind}`, entity: 'coding', entityId: coding.id, center, summary: { transcriptId: coding.transcriptId, codeId: coding.codeId } });
  }
}
