import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { Allow } from '../access/access-policy.js';
import { CurrentActor, type Actor } from '../access/actor.js';
import { ZodValidationPipe } from '../common/validation/zod-validation.pipe.js';
import { generateSuggestionsSchema, suggestionQueueQuerySchema, type GenerateSuggestionsInput, type SuggestionQueueQuery } from './suggestions.schemas.js';
import { SuggestionsService } from './suggestions.service.js';

const idParam = new ZodValidationPipe(z.uuid());
const CODERS = ['researcher', 'lead'] as const;

/** Code suggestions: generated into the caller's review queue, applied only when they accept one. */
@ApiTags('analysis')
@Controller('analysis/suggestions')
export class SuggestionsController {
  constructor(private readonly suggestions: SuggestionsService) {}

  /** (Re)trains per language, cross-validates, and queues suggestions for the chosen transcripts. */
  @Post('generate')
  @Allow(CODERS)
  @HttpCode(201)
  generate(@CurrentActor() actor: Actor, @Body(new ZodValidationPipe(generateSuggestionsSchema)) input: GenerateSuggestionsInput) {
    return this.suggestions.generate(actor, input);
  }

  @Get()
  @Allow(CODERS)
  queue(@CurrentActor() actor: Actor, @Query(new ZodValidationPipe(suggestionQueueQuerySchema)) query: SuggestionQueueQuery) {
    return this.suggestions.queue(actor, query);
  }

  /** Creates the coding in the caller's name. 409 when already accepted or rejected. */
  @Post(':id/accept')
  @Allow(CODERS)
  @HttpCode(200)
  accept(@CurrentActor() actor: Actor, @Param('id', idParam) id: string) {
    return this.suggestions.accept(actor, id);
  }

  @Post(':id/reject')
  @Allow(CODERS)
  @HttpCode(200)
  reject(@CurrentActor() actor: Actor, @Param('id', idParam) id: string) {
    return this.suggestions.reject(actor, id);
  }
}
