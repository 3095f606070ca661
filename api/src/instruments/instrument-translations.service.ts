import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Actor } from '../access/actor.js';
import { AuditService } from '../audit/audit.service.js';
import { AppError } from '../common/errors/app-error.js';
import { languagesOffered } from '../surveys/instrument-report.js';
import { InstrumentsService } from './instruments.service.js';
import type { TranslationImportInput } from './instruments.schemas.js';
import { applyTranslations, fromCsv, fromXlsx, toCsv, toXlsx, translationRows, type TranslationChange } from './translation-table.js';

export interface TranslationImportResult {
  changes: TranslationChange[];
  unknownPaths: string[];
  revision: number;
}

/** Round trip of a version's strings through a spreadsheet, for translators who work outside Polyphony. */
@Injectable()
export class InstrumentTranslationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly instruments: InstrumentsService,
    private readonly audit: AuditService,
  ) {}

  async export(versionId: string, format: 'csv' | 'xlsx'): Promise<{ body: string | Buffer; fileName: string }> {
    const version = await this.instruments.getVersion(versionId);
    const rows = translationRows(version.definition);
    const fileName = `${version.instrumentKey}-v${version.version}-translations.${format}`;
    return { body: format === 'csv' ? toCsv(rows) : await toXlsx(rows), fileName };
  }

  /** Writes translated texts into a draft and reports exactly what changed. */
  async import(actor: Actor, versionId: string, input: TranslationImportInput): Promise<TranslationImportResult> {
    const rows = input.format === 'csv' ? fromCsv(input.content) : await fromXlsx(input.content);
    if (rows.length === 0) throw new AppError('TRANSLATION_FILE_INVALID');
    return this.dataSource.transaction(async (manager) => {
      const draft = await this.instruments.findDraft(manager, versionId);
      const { definition, changes, unknownPaths } = applyTranslations(draft.definition, rows);
      if (changes.length > 0) {
        await this.instruments.conditionalDraftUpdate(manager, draft, input.revision, { definition, languages: languagesOffered(definition) });
        await this.audit.append(manager, {
          actor,
          action: 'instrument.translations_imported',
          entity: 'instrument_version',
          entityId: versionId,
          summary: { changed: changes.length, unknownPaths: unknownPaths.length },
        });
      }
      const revision = changes.length > 0 ? input.revision + 1 : draft.revision;
      return { changes, unknownPaths, revision };
    });
  }
}

