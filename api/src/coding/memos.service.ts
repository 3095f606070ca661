import { Injectable } from '@nestjs/common';
import { DataSource, IsNull } from 'typeorm';
import { z } from 'zod';
import type { Actor } from '../access/actor.js';
import { AuditService } from '../audit/audit.service.js';
import { AppError } from '../common/errors/app-error.js';
import { CodingService } from './coding.service.js';
import { Memo, type MemoTarget } from './memo.entity.js';

export const listMemosSchema = z.strictObject({ targetType: z.enum(['transcript', 'code', 'project']), targetId: z.uuid().optional() });
export const createMemoSchema = z.strictObject({ targetType: z.enum(['transcript', 'code', 'project']), targetId: z.uuid().optional(), text: z.string().trim().min(1).max(20_000) });
export const updateMemoSchema = z.strictObject({ text: z.string().trim().min(1).max(20_000), revision: z.number().int().min(1) });
export type ListMemosQuery = z.infer<typeof listMemosSchema>;
export type CreateMemoInput = z.infer<typeof createMemoSchema>;
export type UpdateMemoInput = z.infer<typeof updateMemoSchema>;

export interface MemoView {
  id: string;
  targetType: MemoTarget;
  targetId: string | null;
  authorId: string;
  text: string;
  revision: number;
  updatedAt: string;
}

function toMemoView(m: Memo): MemoView {
  return { id: m.id, targetType: m.targetType, targetId: m.targetId, authorId: m.authorId, text: m.text, revision: m.revision, updatedAt: m.updatedAt.toISOString() };
}

/** Memos on transcripts (center-scoped like the transcript), codes and the project. */
@Injectable()
export class MemosService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly coding: CodingService,
    private readonly audit: AuditService,
  ) {}

  async list(actor: Actor, query: ListMemosQuery): Promise<MemoView[]> {
    if (query.targetType === 'transcript' && query.targetId) await this.coding.findVisibleTranscript(this.dataSource.manager, actor, query.targetId);
    const memos = await this.dataSource.getRepository(Memo).find({
      where: { targetType: query.targetType, targetId: query.targetId ?? IsNull() },
      order: { createdAt: 'ASC' },
    });
    return memos.map(toMemoView);
  }

  async create(actor: Actor, input: CreateMemoInput): Promise<MemoView> {
    if (input.targetType !== 'project' && !input.targetId) throw new AppError('VALIDATION_FAILED', {}, { issues: [{ path: 'targetId', rule: 'required' }] });
    return this.dataSource.transaction(async (manager) => {
      if (input.targetType === 'transcript') await this.coding.findVisibleTranscript(manager, actor, input.targetId!);
      const memo = await manager.save(manager.create(Memo, { targetType: input.targetType, targetId: input.targetId ?? null, authorId: actor.id, text: input.text }));
      await this.audit.append(manager, { actor, action: 'memo.created', entity: 'memo', entityId: memo.id, summary: { targetType: input.targetType } });
      return toMemoView(memo);
    });
  }

  /** Authors edit their own memos, conditional on the revision they saw. */
  async update(actor: Actor, id: string, input: UpdateMemoInput): Promise<MemoView> {
    return this.dataSource.transaction(async (manager) => {
      const memo = await manager.findOneBy(Memo, { id });
      if (!memo || memo.authorId !== actor.id) throw new AppError('NOT_FOUND');
      const result = await manager
        .createQueryBuilder()
        .update(Memo)
        .set({ text: input.text, revision: () => 'revision + 1' })
        .where('id = :id AND revision = :revision', { id, revision: input.revision })
        .execute();
      if (result.affected !== 1) throw new AppError('STALE_REVISION', {}, { currentRevision: memo.revision });
      await this.audit.append(manager, { actor, action: 'memo.updated', entity: 'memo', entityId: id });
      return toMemoView(await manager.findOneByOrFail(Memo, { id }));
    });
  }
}
