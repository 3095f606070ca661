import { Body, Controller, Get, Header, HttpCode, Param, Post, Put, Query, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { requestLanguage } from '../common/i18n/request-language.js';
import { translate } from '../common/i18n/translator.js';
import type { SupportedLanguage } from '../common/i18n/languages.js';
import { z } from 'zod';
import { Allow, SignedIn } from '../access/access-policy.js';
import { CurrentActor, type Actor } from '../access/actor.js';
import { ZodValidationPipe } from '../common/validation/zod-validation.pipe.js';
import { buildDataDictionary, type DataDictionaryEntry } from '../surveys/data-dictionary.js';
import { InstrumentTranslationsService, type TranslationImportResult } from './instrument-translations.service.js';
import type { InstrumentView, VersionView } from './instrument-views.js';
import {
  createDraftSchema,
  importInstrumentSchema,
  translationImportSchema,
  updateDraftSchema,
  type CreateDraftInput,
  type ImportInstrumentInput,
  type TranslationImportInput,
  type UpdateDraftInput,
} from './instruments.schemas.js';
import { InstrumentsService, type ImportResult } from './instruments.service.js';

const idParam = new ZodValidationPipe(z.uuid());
const EDITORS = ['admin', 'lead'] as const;

@ApiTags('instruments')
@Controller()
export class InstrumentsController {
  constructor(
    private readonly instruments: InstrumentsService,
    private readonly translations: InstrumentTranslationsService,
  ) {}

  /** Site staff and researchers see published instruments; editors also see drafts. */
  @Get('instruments')
  @SignedIn()
  async list(@CurrentActor() actor: Actor): Promise<{ items: InstrumentView[] }> {
    return { items: await this.instruments.list({ publishedOnly: !(EDITORS as readonly string[]).includes(actor.role) }) };
  }

  @Post('instruments')
  @Allow(EDITORS, { projectWide: true })
  async importInstrument(@CurrentActor() actor: Actor, @Body(new ZodValidationPipe(importInstrumentSchema)) input: ImportInstrumentInput, @Req() request: FastifyRequest): Promise<ImportResult> {
    return withMessages(await this.instruments.importInstrument(actor, input), requestLanguage(request));
  }

  @Post('instruments/:id/drafts')
  @Allow(EDITORS, { projectWide: true })
  async createDraft(@CurrentActor() actor: Actor, @Param('id', idParam) id: string, @Body(new ZodValidationPipe(createDraftSchema)) input: CreateDraftInput, @Req() request: FastifyRequest): Promise<ImportResult> {
    return withMessages(await this.instruments.createDraft(actor, id, input), requestLanguage(request));
  }

  @Get('instrument-versions/:id')
  @SignedIn()
  getVersion(@Param('id', idParam) id: string): Promise<VersionView> {
    return this.instruments.getVersion(id);
  }

  @Put('instrument-versions/:id')
  @Allow(EDITORS, { projectWide: true })
  updateDraft(@CurrentActor() actor: Actor, @Param('id', idParam) id: string, @Body(new ZodValidationPipe(updateDraftSchema)) input: UpdateDraftInput): Promise<VersionView> {
    return this.instruments.updateDraft(actor, id, input);
  }

  @Post('instrument-versions/:id/publish')
  @Allow(EDITORS, { projectWide: true })
  @HttpCode(200)
  publish(@CurrentActor() actor: Actor, @Param('id', idParam) id: string): Promise<VersionView> {
    return this.instruments.publish(actor, id);
  }

  @Post('instrument-versions/:id/retire')
  @Allow(EDITORS, { projectWide: true })
  @HttpCode(200)
  retire(@CurrentActor() actor: Actor, @Param('id', idParam) id: string): Promise<VersionView> {
    return this.instruments.retire(actor, id);
  }

  /** The SurveyJS JSON of any version, as a file. */
  @Get('instrument-versions/:id/export')
  @SignedIn()
  async exportDefinition(@Param('id', idParam) id: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    const version = await this.instruments.getVersion(id);
    void reply.header('content-type', 'application/json; charset=utf-8');
    void reply.header('content-disposition', `attachment; filename="${version.instrumentKey}-v${version.version}.json"`);
    return JSON.stringify(version.definition, null, 2);
  }

  @Get('instrument-versions/:id/dictionary')
  @SignedIn()
  async dictionary(@Param('id', idParam) id: string): Promise<{ items: DataDictionaryEntry[] }> {
    return { items: buildDataDictionary((await this.instruments.getVersion(id)).definition) };
  }

  @Get('instrument-versions/:id/translations')
  @SignedIn()
  @Header('cache-control', 'no-store')
  async exportTranslations(
    @Param('id', idParam) id: string,
    @Query('format', new ZodValidationPipe(z.enum(['csv', 'xlsx']).default('csv'))) format: 'csv' | 'xlsx',
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string | Buffer> {
    const { body, fileName } = await this.translations.export(id, format);
    void reply.header('content-type', format === 'csv' ? 'text/csv; charset=utf-8' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    void reply.header('content-disposition', `attachment; filename="${fileName}"`);
    return body;
  }

  @Post('instrument-versions/:id/translations')
  @Allow(EDITORS, { projectWide: true })
  @HttpCode(200)
  importTranslations(@CurrentActor() actor: Actor, @Param('id', idParam) id: string, @Body(new ZodValidationPipe(translationImportSchema)) input: TranslationImportInput): Promise<TranslationImportResult> {
    return this.translations.import(actor, id, input);
  }
}

/** Import reports explain each problem in the reader's language, as error details do. */
function withMessages(result: ImportResult, language: SupportedLanguage): ImportResult {
  const problems = result.report.problems.map((problem) => ({ ...problem, message: translate(language, `errors:problems.${problem.code}`, problem.params) }));
  return { ...result, report: { ...result.report, problems } };
}
