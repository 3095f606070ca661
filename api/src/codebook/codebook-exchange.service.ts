import { Injectable } from '@nestjs/common';
import { DataSource, IsNull, type EntityManager } from 'typeorm';
import type { Actor } from '../access/actor.js';
import { AuditService } from '../audit/audit.service.js';
import { AppError } from '../common/errors/app-error.js';
import { CodeChange } from './code-change.entity.js';
import { Code } from './code.entity.js';
import { exportQdc } from './refi-qdc/qdc-export.js';
import { importQdc, QdcImportError } from './refi-qdc/qdc-import.js';
import type { CodeDefinition, CodebookLanguage } from './seed/codebook-types.js';

export interface CodebookImportResult {
  created: number;
  skipped: number;
  warnings: string[];
}

/** The codebook as a REFI-QDA .qdc file, out to and in from other QDA tools. */
@Injectable()
export class CodebookExchangeService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** The code's own UUID is its REFI-QDA GUID, so repeated exports merge cleanly elsewhere. */
  async exportQdc(language: CodebookLanguage): Promise<string> {
    const codes = await this.dataSource.getRepository(Code).find({ where: { mergedIntoId: IsNull() }, order: { key: 'ASC' } });
    const keyOf = new Map(codes.map((c) => [c.id, c.key]));
    const idOf = new Map(codes.map((c) => [c.key, c.id]));
    const text = (value: Code['name']) => ({ en: value.en ?? '', nl: value.nl ?? '', de: value.de ?? '', it: value.it ?? '' });
    const definitions: CodeDefinition[] = codes.map((c) => ({
      key: c.key,
      parentKey: c.parentId ? (keyOf.get(c.parentId) ?? null) : null,
      name: { ...text(c.name), [language]: c.name[language] ?? c.name.en ?? c.key },
      definition: text(c.definition),
      inclusion: text(c.inclusion),
      exclusion: text(c.exclusion),
      example: text(c.example),
      color: c.color,
      criterion: c.criterion as CodeDefinition['criterion'],
      valence: c.valence,
      task: c.task as CodeDefinition['task'],
    }));
    return exportQdc(definitions, { language, guidOf: (key) => idOf.get(key)! });
  }

  /** Adds the file's codes that the codebook does not have yet (by key); existing ones are left alone. */
  async importQdc(actor: Actor, xml: string, language: CodebookLanguage): Promise<CodebookImportResult> {
    let result: ReturnType<typeof importQdc>;
    try {
      result = importQdc(xml, { language });
    } catch (error) {
      if (error instanceof QdcImportError) throw new AppError('CODEBOOK_FILE_INVALID');
      throw error;
    }
    return this.dataSource.transaction(async (manager) => {
      const idOfKey = new Map((await manager.find(Code, { select: { id: true, key: true } })).map((c) => [c.key, c.id]));
      let created = 0;
      for (const code of result.codes) {
        if (idOfKey.has(code.key)) continue;
        const parentId = code.parentKey ? (idOfKey.get(code.parentKey) ?? null) : null;
        const saved = await manager.save(
          manager.create(Code, {
            key: code.key,
            parentId,
            name: { [language]: code.name },
            definition: code.definition ? { [language]: code.definition } : {},
            inclusion: code.inclusion ? { [language]: code.inclusion } : {},
            exclusion: code.exclusion ? { [language]: code.exclusion } : {},
            example: code.example ? { [language]: code.example } : {},
            ...(code.color ? { color: code.color } : {}),
            criterion: code.criterion,
            valence: code.valence,
            task: code.task,
          }),
        );
        idOfKey.set(saved.key, saved.id);
        await this.recordImport(manager, actor, saved.id);
        created += 1;
      }
      await this.audit.append(manager, { actor, action: 'codebook.imported', entity: 'code', summary: { created, skipped: result.codes.length - created } });
      return { created, skipped: result.codes.length - created, warnings: result.warnings };
    });
  }

  private async recordImport(manager: EntityManager, actor: Actor, codeId: string): Promise<void> {
    await manager.insert(CodeChange, { codeId, at: new Date(), actorId: actor.id, kind: 'imported', before: null, after: null });
  }
}
