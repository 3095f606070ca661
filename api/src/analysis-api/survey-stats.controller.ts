import { Controller, Get, Param, Query, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { Allow } from '../access/access-policy.js';
import { CurrentActor, type Actor } from '../access/actor.js';
import { requestLanguage } from '../common/i18n/request-language.js';
import { ZodValidationPipe } from '../common/validation/zod-validation.pipe.js';
import { surveyStatsQuerySchema, versionIdParamSchema, type SurveyStatsQuery } from './survey-stats.schemas.js';
import { SurveyStatsService, type SurveyStats } from './survey-stats.service.js';

/** Survey descriptives per question and stakeholder group or center, labelled in the caller's language. */
@ApiTags('analysis')
@Controller('analysis/surveys')
export class SurveyStatsController {
  constructor(private readonly stats: SurveyStatsService) {}

  @Get(':versionId/descriptives')
  @Allow(['lead', 'researcher'])
  descriptives(
    @CurrentActor() actor: Actor,
    @Param('versionId', new ZodValidationPipe(versionIdParamSchema)) versionId: string,
    @Query(new ZodValidationPipe(surveyStatsQuerySchema)) query: SurveyStatsQuery,
    @Req() request: FastifyRequest,
  ): Promise<SurveyStats> {
    return this.stats.describe(actor, versionId, query, requestLanguage(request));
  }
}
