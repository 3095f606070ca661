import { Injectable } from '@nestjs/common';
import { DataSource, IsNull, type EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity.js';
import type { Actor } from '../access/actor.js';
import { AuditService } from '../audit/audit.service.js';
import { AppError } from '../common/errors/app-error.js';
import { Coding } from '../coding/coding.entity.js';
import { CodeChange, type CodeChangeKind } from './code-change.entity.js';
import { toCodeView, type CodeView } from './code-view.js';
import { Code } from './code.entity.js';
import type { CreateCodeInput, MergeCodeInput, SplitCodeInput, UpdateCodeInput } from './codebook.schemas.js';

/**
 * The shared codebook: a tree of codes with localized names and analysis tags. Every edit is
 * conditional on the revision the editor saw (a stale edit gets 409, never a silent overwrite)
 * and leaves a history entry and an audit event.
 */
@Injectable()
export class CodebookService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(): Promise<CodeView[]> {
    const codes = await this.dataSource.getRepository(Code).find({ where: { mergedIntoId: IsNull() }, order: { key: 'ASC' } });
    return codes.map(toCodeView);
  }

  async history(codeId: string): Promise<CodeChange[]> {
    return this.dataSource.getRepository(CodeChange).find({ where: { codeId }, order: { id: 'ASC' } });
  }

  async create(actor: Actor, input: CreateCodeInput): Promise<CodeView> {
    return this.dataSource.transaction(async (manager) => {
      if (input.parentId) await this.findActive(manager, input.parentId);
      const key = input.key ?? (await this.freeKey(manager, slug(input.name.en ?? Object.values(input.name)[0] ?? 'code')));
      if (await manager.existsBy(Code, { key })) throw new AppError('CODE_KEY_TAKEN', { key });
      const code = await manager.save(manager.create(Code, { ...withoutUndefined(input), key, parentId: input.parentId ?? null }));
      await this.record(manager, actor, code.id, 'created', null, toCodeView(code));
      return toCodeView(code);
    });
  }

  async update(actor: Actor, id: string, input: UpdateCodeInput): Promise<CodeView> {
    return this.dataSource.transaction(async (manager) => {
      const current = await this.findActive(manager, id);
      const { revision, ...changes } = input;
      if (changes.parentId !== undefined && changes.parentId !== null) await this.assertNoCycle(manager, id, changes.parentId);
      await this.conditionalUpdate(manager, id, revision, current.revision, withoutUndefined(changes));
      const updated = await manager.findOneByOrFail(Code, { id });
      const kind: CodeChangeKind =
        changes.parentId !== undefined && changes.parentId !== current.parentId ? 'moved' : changes.name && JSON.stringify(changes.name) !== JSON.stringify(current.name) ? 'renamed' : 'updated';
      await this.record(manager, actor, id, kind, toCodeView(current), toCodeView(updated));
      return toCodeView(updated);
    });
  }

  /** Moves every coding of `id` to `intoId`, re-parents its children and keeps `id` as a tombstone. */
  async merge(actor: Actor, id: string, input: MergeCodeInput): Promise<CodeView> {
    if (id === input.intoId) throw new AppError('VALIDATION_FAILED', {}, { issues: [{ path: 'intoId', rule: 'invalid' }] });
    return this.dataSource.transaction(async (manager) => {
      const source = await this.findActive(manager, id);
      const target = await this.findActive(manager, input.intoId);
      await this.assertNoCycle(manager, id, target.id);
      await this.conditionalUpdate(manager, id, input.revision, source.revision, { mergedIntoId: target.id });
      const moved = await manager.update(Coding, { codeId: id }, { codeId: target.id });
      await manager.update(Code, { parentId: id }, { parentId: target.id });
      await this.record(manager, actor, id, 'merged', toCodeView(source), { mergedInto: target.id, codingsMoved: moved.affected ?? 0 });
      await this.record(manager, actor, target.id, 'merged', null, { absorbed: id, codingsMoved: moved.affected ?? 0 });
      return toCodeView(await manager.findOneByOrFail(Code, { id: target.id }));
    });
  }

  /** New sibling codes carrying the tags of `id`; researchers then recode passages as they see fit. */
  async split(actor: Actor, id: string, input: SplitCodeInput): Promise<CodeView[]> {
    return this.dataSource.transaction(async (manager) => {
      const source = await this.findActive(manager, id);
      await this.conditionalUpdate(manager, id, input.revision, source.revision, {});
      const created: Code[] = [];
      for (const part of input.into) {
        const key = await this.freeKey(manager, slug(`${source.key}-${part.name.en ?? Object.values(part.name)[0] ?? 'part'}`));
        created.push(
          await manager.save(
            manager.create(Code, {
              key,
              parentId: source.parentId,
              name: part.name,
              definition: part.definition ?? {},
              color: source.color,
              criterion: source.criterion,
              valence: source.valence,
              task: source.task,
            }),
          ),
        );
      }
      await this.record(manager, actor, id, 'split', toCodeView(source), { into: created.map((c) => c.id) });
      for (const code of created) await this.record(manager, actor, code.id, 'created', null, { splitFrom: id });
      return created.map(toCodeView);
    });
  }

  async findActive(manager: EntityManager, id: string): Promise<Code> {
    const code = await manager.findOneBy(Code, { id });
    if (!code || code.mergedIntoId) throw new AppError('NOT_FOUND');
    return code;
  }

  private async conditionalUpdate(manager: EntityManager, id: string, expected: number, current: number, changes: QueryDeepPartialEntity<Code>): Promise<void> {
    const result = await manager
      .createQueryBuilder()
      .update(Code)
      .set({ ...changes, revision: () => 'revision + 1' })
      .where('id = :id AND revision = :expected', { id, expected })
      .execute();
    if (result.affected !== 1) throw new AppError('STALE_REVISION', {}, { currentRevision: current });
  }

  private async assertNoCycle(manager: EntityManager, id: string, newParentId: string): Promise<void> {
    let cursor: string | null = newParentId;
    for (let depth = 0; cursor && depth < 100; depth += 1) {
      if (cursor === id) throw new AppError('VALIDATION_FAILED', {}, { issues: [{ path: 'parentId', rule: 'invalid' }] });
      const parent: Code | null = await manager.findOneBy(Code, { id: cursor });
      if (!parent) throw new AppError('NOT_FOUND');
      cursor = parent.parentId;
    }
  }

  private async freeKey(manager: EntityManager, base: string): Promise<string> {
    for (let n = 1; ; n += 1) {
      const key = n === 1 ? base : `${base}-${n}`;
      if (!(await manager.existsBy(Code, { key }))) return key;
    }
  }

  private async record(manager: EntityManager, actor: Actor, codeId: string, kind: CodeChangeKind, before: object | null, after: object | null): Promise<void> {
    await manager.insert(CodeChange, { codeId, at: new Date(), actorId: actor.id, kind, before: before as never, after: after as never });
    await this.audit.append(manager, { actor, action: `code.${kind}`, entity: 'code', entityId: codeId });
  }
}

function slug(text: string): string {
  const base = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return base.length >= 2 ? base : `code-${base || 'x'}`;
}

function withoutUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
