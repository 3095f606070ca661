import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { Allow } from '../access/access-policy.js';
import { CurrentActor, type Actor } from '../access/actor.js';
import { ZodValidationPipe } from '../common/validation/zod-validation.pipe.js';
import type { SegmentView, TranscriptView } from './transcript-view.js';
import { createTranscriptSchema, listTranscriptsSchema, previewTranscriptSchema, type CreateTranscriptInput, type ListTranscriptsQuery, type PreviewTranscriptInput } from './transcripts.schemas.js';
import { TranscriptsService, type TranscriptPreview } from './transcripts.service.js';

const CODERS = ['researcher', 'lead'] as const;

@ApiTags('transcripts')
@Controller('transcripts')
export class TranscriptsController {
  constructor(private readonly transcripts: TranscriptsService) {}

  /** Decodes the file and marks likely identifiers; stores nothing. */
  @Post('preview')
  @Allow(CODERS)
  @HttpCode(200)
  preview(@Body(new ZodValidationPipe(previewTranscriptSchema)) input: PreviewTranscriptInput): Promise<TranscriptPreview> {
    return this.transcripts.preview(input);
  }

  @Post()
  @Allow(CODERS)
  create(@CurrentActor() actor: Actor, @Body(new ZodValidationPipe(createTranscriptSchema)) input: CreateTranscriptInput): Promise<TranscriptView> {
    return this.transcripts.create(actor, input);
  }

  @Get()
  @Allow(CODERS)
  async list(@CurrentActor() actor: Actor, @Query(new ZodValidationPipe(listTranscriptsSchema)) query: ListTranscriptsQuery): Promise<{ items: TranscriptView[] }> {
    return { items: await this.transcripts.list(actor, query) };
  }

  @Get(':id')
  @Allow(CODERS)
  get(@CurrentActor() actor: Actor, @Param('id', new ZodValidationPipe(z.uuid())) id: string): Promise<{ transcript: TranscriptView; text: string; segments: SegmentView[] }> {
    return this.transcripts.get(actor, id);
  }
}
