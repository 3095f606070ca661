import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { Allow } from '../access/access-policy.js';
import { CurrentActor, type Actor } from '../access/actor.js';
import { ZodValidationPipe } from '../common/validation/zod-validation.pipe.js';
import type { CodingView } from './coding-view.js';
import {
  addCodingSchema,
  comparisonSchema,
  retrievalSchema,
  searchSchema,
  updateCodingSchema,
  type AddCodingInput,
  type ComparisonQuery,
  type RetrievalQuery,
  type SearchQuery,
  type UpdateCodingInput,
} from './coding.schemas.js';
import { CodingService } from './coding.service.js';
import { RetrievalService, type RetrievedPassage, type SearchHit } from './retrieval.service.js';

const idParam = new ZodValidationPipe(z.uuid());
const CODERS = ['researcher', 'lead'] as const;

@ApiTags('coding')
@Controller()
export class CodingController {
  constructor(
    private readonly coding: CodingService,
    private readonly retrieval: RetrievalService,
  ) {}

  @Get('transcripts/:id/codings')
  @Allow(CODERS)
  async list(@CurrentActor() actor: Actor, @Param('id', idParam) id: string): Promise<{ items: CodingView[] }> {
    return { items: await this.coding.listForTranscript(actor, id) };
  }

  @Post('transcripts/:id/codings')
  @Allow(CODERS)
  add(@CurrentActor() actor: Actor, @Param('id', idParam) id: string, @Body(new ZodValidationPipe(addCodingSchema)) input: AddCodingInput): Promise<CodingView> {
    return this.coding.add(actor, id, input);
  }

  @Patch('codings/:id')
  @Allow(CODERS)
  updateMemo(@CurrentActor() actor: Actor, @Param('id', idParam) id: string, @Body(new ZodValidationPipe(updateCodingSchema)) input: UpdateCodingInput): Promise<CodingView> {
    return this.coding.updateMemo(actor, id, input);
  }

  @Delete('codings/:id')
  @Allow(CODERS)
  @HttpCode(204)
  remove(@CurrentActor() actor: Actor, @Param('id', idParam) id: string): Promise<void> {
    return this.coding.remove(actor, id);
  }

  /** Ends blind coding for one transcript: coders now see each other's work and can compare. */
  @Post('transcripts/:id/reveal')
  @Allow(['lead'])
  @HttpCode(204)
  reveal(@CurrentActor() actor: Actor, @Param('id', idParam) id: string): Promise<void> {
    return this.coding.reveal(actor, id);
  }

  @Get('transcripts/:id/comparison')
  @Allow(CODERS)
  compare(@CurrentActor() actor: Actor, @Param('id', idParam) id: string, @Query(new ZodValidationPipe(comparisonSchema)) query: ComparisonQuery) {
    return this.coding.compare(actor, id, query);
  }

  @Get('passages')
  @Allow(CODERS)
  async passages(@CurrentActor() actor: Actor, @Query(new ZodValidationPipe(retrievalSchema)) query: RetrievalQuery): Promise<{ items: RetrievedPassage[] }> {
    return { items: await this.retrieval.passages(actor, query) };
  }

  @Get('search')
  @Allow(CODERS)
  async search(@CurrentActor() actor: Actor, @Query(new ZodValidationPipe(searchSchema)) query: SearchQuery): Promise<{ items: SearchHit[] }> {
    return { items: await this.retrieval.search(actor, query) };
  }
}
