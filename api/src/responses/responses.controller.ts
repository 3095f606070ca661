import { Body, Controller, Get, Header, HttpCode, Param, Post, Put, Query, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { Allow } from '../access/access-policy.js';
import { CurrentActor, type Actor, type RequestWithActor } from '../access/actor.js';
import { ZodValidationPipe } from '../common/validation/zod-validation.pipe.js';
import type { RequestWithSurveyAccess } from '../survey-access/survey-access.js';
import type { ResponseView, SaveResult } from './response-views.js';
import { correctionSchema, listResponsesSchema, saveResponseSchema, type CorrectionInput, type ListResponsesQuery, type SaveResponseInput } from './responses.schemas.js';
import { ResponsesService, type ResponseCaller } from './responses.service.js';

const idParam = new ZodValidationPipe(z.uuid());

function callerOf(request: RequestWithActor & RequestWithSurveyAccess): ResponseCaller {
  if (request.surveyAccess) return { access: request.surveyAccess };
  if (request.actor) return { actor: request.actor };
  throw new Error('AccessGuard let a request through without a caller');
}

/** Answers are research data: never cached by a browser, proxy or the tablet. */
@ApiTags('responses')
@Controller('responses')
export class ResponsesController {
  constructor(private readonly responses: ResponsesService) {}

  /** The client makes the id, so a retry lands on the same response (idempotent). */
  @Put(':id')
  @Allow(['lead', 'site_staff'], { surveyToken: true })
  @HttpCode(200)
  @Header('cache-control', 'no-store')
  save(@Req() request: RequestWithActor & RequestWithSurveyAccess, @Param('id', idParam) id: string, @Body(new ZodValidationPipe(saveResponseSchema)) input: SaveResponseInput): Promise<SaveResult> {
    return this.responses.save(callerOf(request), id, input);
  }

  @Get(':id')
  @Allow(['admin', 'lead', 'researcher', 'site_staff'], { surveyToken: true })
  @Header('cache-control', 'no-store')
  get(@Req() request: RequestWithActor & RequestWithSurveyAccess, @Param('id', idParam) id: string): Promise<ResponseView> {
    return this.responses.get(callerOf(request), id);
  }

  @Get()
  @Allow(['admin', 'lead', 'researcher', 'site_staff'])
  @Header('cache-control', 'no-store')
  async list(@CurrentActor() actor: Actor, @Query(new ZodValidationPipe(listResponsesSchema)) query: ListResponsesQuery): Promise<{ items: ResponseView[] }> {
    return { items: await this.responses.list(actor, query) };
  }

  @Post(':id/correction')
  @Allow(['lead', 'site_staff'])
  @HttpCode(200)
  @Header('cache-control', 'no-store')
  correct(@CurrentActor() actor: Actor, @Param('id', idParam) id: string, @Body(new ZodValidationPipe(correctionSchema)) input: CorrectionInput): Promise<ResponseView> {
    return this.responses.correct(actor, id, input);
  }
}
