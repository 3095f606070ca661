import { Body, Controller, Delete, Get, Header, HttpCode, Param, Patch, Post, Query, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { Allow } from '../access/access-policy.js';
import { CurrentActor, type Actor } from '../access/actor.js';
import { Center } from '../centers/center.entity.js';
import type { SupportedLanguage } from '../common/i18n/languages.js';
import { requestLanguage } from '../common/i18n/request-language.js';
import { translate } from '../common/i18n/translator.js';
import { ZodValidationPipe } from '../common/validation/zod-validation.pipe.js';
import { BenchmarkImportService, type BenchmarkImportResult, type BenchmarkPreview } from './benchmark-import.service.js';
import { BenchmarkReadService } from './benchmark-read.service.js';
import { BENCHMARK_COLUMNS, BENCHMARK_METRICS, BENCHMARK_TASKS, CRITERIA, DERIVED_METRICS, EXPLAINABILITY_FEATURES, INTEGRATIONS, REGULATORY_STATUSES } from './benchmark-schema.js';
import { BenchmarkSettingsService } from './benchmark-settings.service.js';
import { benchmarkTemplateCsv, benchmarkTemplateXlsx } from './benchmark-template.js';
import type { AiPackageView, BenchmarkImportView, BenchmarkResultView, CriterionMetricView } from './benchmark-views.js';
import {
  benchmarkFileSchema,
  createCriterionMetricSchema,
  listResultsSchema,
  packageKeyParam,
  revisionQuerySchema,
  templateFormatSchema,
  updateCriterionMetricSchema,
  updatePackageSchema,
  type BenchmarkFileInput,
  type CreateCriterionMetricInput,
  type ListResultsQuery,
  type UpdateCriterionMetricInput,
  type UpdatePackageInput,
} from './benchmarks.schemas.js';
import type { BenchmarkProblem } from './benchmark-problems.js';

// Research data: leads and researchers read; only leads change it, and only project-wide ones.
// Admins run the system and, as for transcripts and codings, do not see research data.
const READERS = ['lead', 'researcher'] as const;
const EDITORS = ['lead'] as const;
const idParam = new ZodValidationPipe(z.uuid());

@ApiTags('benchmarks')
@Controller('benchmarks')
export class BenchmarksController {
  constructor(
    private readonly read: BenchmarkReadService,
    private readonly imports: BenchmarkImportService,
    private readonly settings: BenchmarkSettingsService,
    private readonly dataSource: DataSource,
  ) {}

  /** The documented file schema and vocabularies, so the web app shows the same lists. */
  @Get('schema')
  @Allow(READERS)
  schema() {
    return {
      columns: BENCHMARK_COLUMNS,
      tasks: BENCHMARK_TASKS,
      metrics: Object.entries(BENCHMARK_METRICS).map(([metric, spec]) => ({ metric, ...spec })),
      derivedMetrics: DERIVED_METRICS,
      criteria: CRITERIA,
      regulatoryStatuses: REGULATORY_STATUSES,
      explainabilityFeatures: EXPLAINABILITY_FEATURES,
      integrations: INTEGRATIONS,
    };
  }

  @Get('packages')
  @Allow(READERS)
  async packages(): Promise<{ items: AiPackageView[] }> {
    return { items: await this.read.packages() };
  }

  @Patch('packages/:key')
  @Allow(EDITORS, { projectWide: true })
  updatePackage(@CurrentActor() actor: Actor, @Param('key', new ZodValidationPipe(packageKeyParam)) key: string, @Body(new ZodValidationPipe(updatePackageSchema)) input: UpdatePackageInput): Promise<AiPackageView> {
    return this.settings.updatePackage(actor, key, input);
  }

  @Get('results')
  @Allow(READERS)
  async results(@CurrentActor() actor: Actor, @Query(new ZodValidationPipe(listResultsSchema)) query: ListResultsQuery): Promise<{ items: BenchmarkResultView[] }> {
    return { items: await this.read.results(actor, { packages: query.package, tasks: query.task, centers: query.center, metrics: query.metric }) };
  }

  @Get('template')
  @Allow(READERS)
  @Header('cache-control', 'no-store')
  async template(@Query('format', new ZodValidationPipe(templateFormatSchema)) format: 'csv' | 'xlsx', @Res({ passthrough: true }) reply: FastifyReply): Promise<string | Buffer> {
    // The example rows name a center that exists here, so the template imports cleanly as it is.
    const [first] = await this.dataSource.getRepository(Center).find({ select: { code: true }, order: { code: 'ASC' }, take: 1 });
    const center = first?.code ?? 'RUMC';
    void reply.header('content-type', format === 'csv' ? 'text/csv; charset=utf-8' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    void reply.header('content-disposition', `attachment; filename="benchmark-results-template.${format}"`);
    return format === 'csv' ? benchmarkTemplateCsv(center) : benchmarkTemplateXlsx(center);
  }

  /** Checks a file and says what importing it would change; stores nothing. */
  @Post('imports/preview')
  @Allow(EDITORS, { projectWide: true })
  @HttpCode(200)
  async preview(@Body(new ZodValidationPipe(benchmarkFileSchema)) input: BenchmarkFileInput, @Req() request: FastifyRequest): Promise<BenchmarkPreview> {
    const preview = await this.imports.preview(input);
    return { ...preview, problems: localized(preview.problems, requestLanguage(request)) };
  }

  @Post('imports')
  @Allow(EDITORS, { projectWide: true })
  @HttpCode(200)
  import(@CurrentActor() actor: Actor, @Body(new ZodValidationPipe(benchmarkFileSchema)) input: BenchmarkFileInput): Promise<BenchmarkImportResult> {
    return this.imports.import(actor, input);
  }

  @Get('imports')
  @Allow(EDITORS)
  async history(): Promise<{ items: BenchmarkImportView[] }> {
    return { items: await this.imports.history() };
  }

  @Get('criterion-mapping')
  @Allow(READERS)
  async criterionMapping(): Promise<{ items: CriterionMetricView[] }> {
    return { items: await this.read.criterionMapping() };
  }

  @Post('criterion-mapping')
  @Allow(EDITORS, { projectWide: true })
  addCriterionMetric(@CurrentActor() actor: Actor, @Body(new ZodValidationPipe(createCriterionMetricSchema)) input: CreateCriterionMetricInput): Promise<CriterionMetricView> {
    return this.settings.addCriterionMetric(actor, input);
  }

  @Patch('criterion-mapping/:id')
  @Allow(EDITORS, { projectWide: true })
  updateCriterionMetric(@CurrentActor() actor: Actor, @Param('id', idParam) id: string, @Body(new ZodValidationPipe(updateCriterionMetricSchema)) input: UpdateCriterionMetricInput): Promise<CriterionMetricView> {
    return this.settings.updateCriterionMetric(actor, id, input);
  }

  @Delete('criterion-mapping/:id')
  @Allow(EDITORS, { projectWide: true })
  @HttpCode(204)
  async removeCriterionMetric(@CurrentActor() actor: Actor, @Param('id', idParam) id: string, @Query(new ZodValidationPipe(revisionQuerySchema)) query: { revision: number }): Promise<void> {
    await this.settings.removeCriterionMetric(actor, id, query.revision);
  }
}

/** Preview reports explain each problem in the reader's language, as error details do. */
function localized(problems: BenchmarkProblem[], language: SupportedLanguage): (BenchmarkProblem & { message: string })[] {
  return problems.map((p) => ({ ...p, message: translate(language, `errors:problems.${p.code}`, p.params) }));
}
