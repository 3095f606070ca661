import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { Allow } from '../access/access-policy.js';
import { CurrentActor, type Actor } from '../access/actor.js';
import { ZodValidationPipe } from '../common/validation/zod-validation.pipe.js';
import type { CodeChange } from './code-change.entity.js';
import type { CodeView } from './code-view.js';
import { createCodeSchema, importQdcSchema, mergeCodeSchema, splitCodeSchema, updateCodeSchema, type CreateCodeInput, type ImportQdcInput, type MergeCodeInput, type SplitCodeInput, type UpdateCodeInput } from './codebook.schemas.js';
import { CodebookService } from './codebook.service.js';
import { CodebookExchangeService, type CodebookImportResult } from './codebook-exchange.service.js';

const idParam = new ZodValidationPipe(z.uuid());
const CODERS = ['researcher', 'lead'] as const;

@ApiTags('codebook')
@Controller('codebook')
export class CodebookController {
  constructor(
    private readonly codebook: CodebookService,
    private readonly exchange: CodebookExchangeService,
  ) {}

  @Get()
  @Allow(CODERS)
  async list(): Promise<{ items: CodeView[] }> {
    return { items: await this.codebook.list() };
  }

  @Post('codes')
  @Allow(CODERS)
  create(@CurrentActor() actor: Actor, @Body(new ZodValidationPipe(createCodeSchema)) input: CreateCodeInput): Promise<CodeView> {
    return this.codebook.create(actor, input);
  }

  /** Rename, redefine, retag or move; 409 when someone else changed the code since `revision`. */
  @Patch('codes/:id')
  @Allow(CODERS)
  update(@CurrentActor() actor: Actor, @Param('id', idParam) id: string, @Body(new ZodValidationPipe(updateCodeSchema)) input: UpdateCodeInput): Promise<CodeView> {
    return this.codebook.update(actor, id, input);
  }

  @Post('codes/:id/merge')
  @Allow(CODERS)
  @HttpCode(200)
  merge(@CurrentActor() actor: Actor, @Param('id', idParam) id: string, @Body(new ZodValidationPipe(mergeCodeSchema)) input: MergeCodeInput): Promise<CodeView> {
    return this.codebook.merge(actor, id, input);
  }

  @Post('codes/:id/split')
  @Allow(CODERS)
  async split(@CurrentActor() actor: Actor, @Param('id', idParam) id: string, @Body(new ZodValidationPipe(splitCodeSchema)) input: SplitCodeInput): Promise<{ items: CodeView[] }> {
    return { items: await this.codebook.split(actor, id, input) };
  }

  /** The codebook as REFI-QDA .qdc (names and descriptions in one language). */
  @Get('export.qdc')
  @Allow(CODERS)
  async exportQdc(
    @Query('language', new ZodValidationPipe(z.enum(['en', 'nl', 'de', 'it']).default('en'))) language: 'en' | 'nl' | 'de' | 'it',
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    void reply.header('content-type', 'application/xml; charset=utf-8');
    void reply.header('content-disposition', `attachment; filename="polyphony-codebook-${language}.qdc"`);
    return this.exchange.exportQdc(language);
  }

  @Post('import')
  @Allow(['lead'])
  @HttpCode(200)
  importQdc(@CurrentActor() actor: Actor, @Body(new ZodValidationPipe(importQdcSchema)) input: ImportQdcInput): Promise<CodebookImportResult> {
    return this.exchange.importQdc(actor, input.xml, input.language);
  }

  @Get('codes/:id/history')
  @Allow(CODERS)
  async history(@Param('id', idParam) id: string): Promise<{ items: CodeChange[] }> {
    return { items: await this.codebook.history(id) };
  }
}
