import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { Allow } from '../access/access-policy.js';
import { CurrentActor, type Actor } from '../access/actor.js';
import { requestLanguage } from '../common/i18n/request-language.js';
import { ZodValidationPipe } from '../common/validation/zod-validation.pipe.js';
import {
  editTranslationsSchema,
  jointDisplayQuerySchema,
  listQuotesQuerySchema,
  quoteCandidatesQuerySchema,
  pinQuoteSchema,
  type EditTranslationsInput,
  type JointDisplayQuery,
  type ListQuotesQuery,
  type QuoteCandidatesQuery,
  type PinQuoteInput,
} from './linking.schemas.js';
import { LinkingService } from './linking.service.js';
import { PinnedQuotesService } from './pinned-quotes.service.js';

const ANALYSTS = ['lead', 'researcher'] as const;
const idParam = new ZodValidationPipe(z.uuid());

/** The meaningful-AI joint display and its pinned exemplar quotes. */
@ApiTags('linking')
@Controller('linking')
export class LinkingController {
  constructor(
    private readonly linking: LinkingService,
    private readonly quotes: PinnedQuotesService,
  ) {}

  /** Criteria × stakeholder groups: survey weights, interview salience, package performance, scores, ranks, thresholds, task value. */
  @Get('joint-display')
  @Allow(ANALYSTS)
  jointDisplay(@CurrentActor() actor: Actor, @Query(new ZodValidationPipe(jointDisplayQuerySchema)) query: JointDisplayQuery, @Req() request: FastifyRequest) {
    return this.linking.jointDisplay(actor, query, requestLanguage(request));
  }

  @Get('quotes')
  @Allow(ANALYSTS)
  listQuotes(@CurrentActor() actor: Actor, @Query(new ZodValidationPipe(listQuotesQuerySchema)) query: ListQuotesQuery, @Req() request: FastifyRequest) {
    return this.quotes.list(actor, query, requestLanguage(request));
  }

  /** Coded passages that could become the exemplar quote of a criterion × group cell. */
  @Get('quotes/candidates')
  @Allow(ANALYSTS)
  candidates(@CurrentActor() actor: Actor, @Query(new ZodValidationPipe(quoteCandidatesQuerySchema)) query: QuoteCandidatesQuery) {
    return this.quotes.candidates(actor, query);
  }

  @Post('quotes')
  @Allow(ANALYSTS)
  pin(@CurrentActor() actor: Actor, @Body(new ZodValidationPipe(pinQuoteSchema)) input: PinQuoteInput, @Req() request: FastifyRequest) {
    return this.quotes.pin(actor, input, requestLanguage(request));
  }

  @Patch('quotes/:id')
  @Allow(ANALYSTS)
  editTranslations(
    @CurrentActor() actor: Actor,
    @Param('id', idParam) id: string,
    @Body(new ZodValidationPipe(editTranslationsSchema)) input: EditTranslationsInput,
    @Req() request: FastifyRequest,
  ) {
    return this.quotes.editTranslations(actor, id, input, requestLanguage(request));
  }

  @Delete('quotes/:id')
  @HttpCode(204)
  @Allow(ANALYSTS)
  async unpin(@CurrentActor() actor: Actor, @Param('id', idParam) id: string): Promise<void> {
    await this.quotes.unpin(actor, id);
  }
}
