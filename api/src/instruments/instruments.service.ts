import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '../access/actor.js';
import { AuditService } from '../audit/audit.service.js';
import { AppError } from '../common/errors/app-error.js';
import { SUPPORTED_LANGUAGES, type SupportedLanguage } from '../common/i18n/languages.js';
import { hasBlockingProblems, inspectInstrument, languagesOffered, translationCompleteness, type InstrumentReport } from '../surveys/instrument-report.js';
import { definitionChecksum } from './definition-checksum.js';
import { InstrumentVersion, type ConsentText } from './instrument-version.entity.js';
import { toInstrumentView, type InstrumentView, type VersionView, toVersionSummary } from './instrument-views.js';
import { Instrument, type LocalizedText } from './instrument.entity.js';
import type { CreateDraftInput, ImportInstrumentInput, UpdateDraftInput } from './instruments.schemas.js';

export interface ImportResult {
  instrument: InstrumentView;
  versionId: string;
  report: Pick<InstrumentReport, 'problems' | 'translation'>;
}

/**
 * The instrument library: import, drafts, publication and retirement. Published versions never
 * change: editing a published instrument means a new draft, so each response keeps its meaning.
 */
@Injectable()
export class InstrumentsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(options: { publishedOnly: boolean }): Promise<InstrumentView[]> {
    const instruments = await this.dataSource.getRepository(Instrument).find({ order: { key: 'ASC' } });
    const versions = await this.dataSource.getRepository(InstrumentVersion).find({ select: SUMMARY_COLUMNS });
    return instruments
      .map((instrument) =>
        toInstrumentView(
          instrument,
          versions.filter((v) => v.instrumentId === instrument.id && (!options.publishedOnly || v.status === 'published')),
        ),
      )
      .filter((view) => !options.publishedOnly || view.versions.length > 0);
  }

  async getVersion(versionId: string): Promise<VersionView> {
    const version = await this.dataSource.getRepository(InstrumentVersion).findOne({ where: { id: versionId }, relations: { instrument: true } });
    if (!version?.instrument) throw new AppError('NOT_FOUND');
    return {
      ...toVersionSummary(version),
      instrumentId: version.instrumentId,
      instrumentKey: version.instrument.key,
      definition: version.definition,
      consent: version.consent,
      completeness: translationCompleteness(version.definition, SUPPORTED_LANGUAGES),
    };
  }

  /** A new instrument from a SurveyJS file; it starts as a draft whatever the file's quality. */
  async importInstrument(actor: Actor, input: ImportInstrumentInput): Promise<ImportResult> {
    const report = this.inspectOrThrow(input.definitionText);
    return this.dataSource.transaction(async (manager) => {
      if (await manager.existsBy(Instrument, { key: input.key })) throw new AppError('INSTRUMENT_KEY_TAKEN', { key: input.key });
      const definition = report.definition as Record<string, unknown>;
      const instrument = await manager.save(
        manager.create(Instrument, { key: input.key, title: input.title ?? titleOf(definition, input.key), targetGroups: input.targetGroups }),
      );
      const version = await this.insertVersion(manager, instrument.id, 1, definition, input.consent ?? null);
      await this.audit.append(manager, {
        actor,
        action: 'instrument.imported',
        entity: 'instrument',
        entityId: instrument.id,
        summary: { key: instrument.key, versionId: version.id, problems: report.problems.length },
      });
      return { instrument: toInstrumentView(instrument, [version]), versionId: version.id, report: pick(report) };
    });
  }

  /** A new draft: from a new file, or a copy of the newest version to edit. */
  async createDraft(actor: Actor, instrumentId: string, input: CreateDraftInput): Promise<ImportResult> {
    const report = input.definitionText ? this.inspectOrThrow(input.definitionText) : null;
    return this.dataSource.transaction(async (manager) => {
      const instrument = await manager.findOne(Instrument, { where: { id: instrumentId }, lock: { mode: 'pessimistic_write' } });
      if (!instrument) throw new AppError('NOT_FOUND');
      const versions = await manager.find(InstrumentVersion, { where: { instrumentId }, order: { version: 'DESC' } });
      const newest = versions[0];
      if (!report && !newest) throw new AppError('NOT_FOUND');
      const definition = (report?.definition as Record<string, unknown> | undefined) ?? newest.definition;
      const version = await this.insertVersion(manager, instrument.id, (newest?.version ?? 0) + 1, definition, newest?.consent ?? null);
      await this.audit.append(manager, { actor, action: 'instrument.draft_created', entity: 'instrument_version', entityId: version.id, summary: { version: version.version } });
      const finalReport = report ?? inspectInstrument(JSON.stringify(definition), SUPPORTED_LANGUAGES);
      return { instrument: toInstrumentView(instrument, [...versions, version]), versionId: version.id, report: pick(finalReport) };
    });
  }

  /** Replaces a draft's definition or consent; conditional on the revision the editor started from. */
  async updateDraft(actor: Actor, versionId: string, input: UpdateDraftInput): Promise<VersionView> {
    const report = input.definitionText ? this.inspectOrThrow(input.definitionText) : null;
    await this.dataSource.transaction(async (manager) => {
      const current = await this.findDraft(manager, versionId);
      const definition = (report?.definition as Record<string, unknown> | undefined) ?? current.definition;
      await this.conditionalDraftUpdate(manager, current, input.revision, {
        definition,
        languages: languagesOffered(definition),
        consent: input.consent ?? current.consent,
      });
      await this.audit.append(manager, { actor, action: 'instrument.draft_updated', entity: 'instrument_version', entityId: versionId, summary: { revision: input.revision + 1 } });
    });
    return this.getVersion(versionId);
  }

  /**
   * Publishing freezes the version. Refused while the file has structural problems or while a
   * language the version offers has untranslated strings.
   */
  async publish(actor: Actor, versionId: string): Promise<VersionView> {
    await this.dataSource.transaction(async (manager) => {
      const draft = await this.findDraft(manager, versionId, true);
      const offered = draft.languages.filter((l): l is SupportedLanguage => (SUPPORTED_LANGUAGES as readonly string[]).includes(l));
      const report = inspectInstrument(JSON.stringify(draft.definition), offered);
      if (hasBlockingProblems(report)) throw new AppError('INSTRUMENT_INVALID', {}, { problems: report.problems });
      const incomplete = report.problems.filter((p) => p.code === 'INSTRUMENT_MISSING_TRANSLATION');
      if (incomplete.length > 0) throw new AppError('TRANSLATIONS_INCOMPLETE', {}, { problems: incomplete });
      const checksum = definitionChecksum(draft.definition);
      await manager.update(InstrumentVersion, { id: versionId }, { status: 'published', checksum, publishedAt: new Date() });
      await this.audit.append(manager, { actor, action: 'instrument.published', entity: 'instrument_version', entityId: versionId, summary: { version: draft.version, checksum } });
    });
    return this.getVersion(versionId);
  }

  /** A retired version takes no new responses; existing ones keep pointing at it. */
  async retire(actor: Actor, versionId: string): Promise<VersionView> {
    await this.dataSource.transaction(async (manager) => {
      const result = await manager.update(InstrumentVersion, { id: versionId, status: 'published' }, { status: 'retired', retiredAt: new Date() });
      if (result.affected !== 1) {
        if (!(await manager.existsBy(InstrumentVersion, { id: versionId }))) throw new AppError('NOT_FOUND');
        throw new AppError('VERSION_NOT_PUBLISHED');
      }
      await this.audit.append(manager, { actor, action: 'instrument.retired', entity: 'instrument_version', entityId: versionId });
    });
    return this.getVersion(versionId);
  }

  async findDraft(manager: EntityManager, versionId: string, lock = false): Promise<InstrumentVersion> {
    const version = await manager.findOne(InstrumentVersion, { where: { id: versionId }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
    if (!version) throw new AppError('NOT_FOUND');
    if (version.status !== 'draft') throw new AppError('VERSION_NOT_DRAFT');
    return version;
  }

  /** TypeORM's @VersionColumn does not check on save; this UPDATE … WHERE revision = expected does. */
  async conditionalDraftUpdate(manager: EntityManager, current: InstrumentVersion, expectedRevision: number, changes: Partial<Pick<InstrumentVersion, 'definition' | 'languages' | 'consent'>>): Promise<void> {
    const result = await manager
      .createQueryBuilder()
      .update(InstrumentVersion)
      .set({ ...(changes as object), revision: () => 'revision + 1' })
      .where('id = :id AND revision = :revision AND status = :status', { id: current.id, revision: expectedRevision, status: 'draft' })
      .execute();
    if (result.affected !== 1) throw new AppError('STALE_REVISION', {}, { currentRevision: current.revision });
  }

  private inspectOrThrow(definitionText: string): InstrumentReport {
    const report = inspectInstrument(definitionText, SUPPORTED_LANGUAGES);
    if (!report.definition || hasBlockingProblems(report)) throw new AppError('INSTRUMENT_INVALID', {}, { problems: report.problems });
    return report;
  }

  private async insertVersion(manager: EntityManager, instrumentId: string, number: number, definition: Record<string, unknown>, consent: ConsentText | null): Promise<InstrumentVersion> {
    return manager.save(
      manager.create(InstrumentVersion, {
        instrumentId,
        version: number,
        status: 'draft',
        definition,
        languages: languagesOffered(definition),
        consent,
        checksum: null,
        revision: 1,
        publishedAt: null,
        retiredAt: null,
      }),
    );
  }
}

const SUMMARY_COLUMNS = { id: true, instrumentId: true, version: true, status: true, languages: true, checksum: true, revision: true, createdAt: true, publishedAt: true } as const;

function pick(report: InstrumentReport): Pick<InstrumentReport, 'problems' | 'translation'> {
  return { problems: report.problems, translation: report.translation };
}

/** The survey's own title as the instrument title, else its key. */
function titleOf(definition: Record<string, unknown>, key: string): LocalizedText {
  const title = definition.title;
  if (typeof title === 'string') return { en: title };
  if (title && typeof title === 'object') {
    const localized = title as Record<string, unknown>;
    const text: LocalizedText = {};
    for (const language of SUPPORTED_LANGUAGES) {
      const value = localized[language] ?? (language === 'en' ? localized.default : undefined);
      if (typeof value === 'string') text[language] = value;
    }
    if (Object.keys(text).length > 0) return text;
  }
  return { en: key };
}
