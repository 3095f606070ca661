import { Body, Controller, Get, Header, HttpCode, Param, Post, Query, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { Allow, SurveyTokenHolder } from '../access/access-policy.js';
import { CurrentActor, type Actor } from '../access/actor.js';
import { absoluteUrl } from '../common/http/absolute-url.js';
import { ZodValidationPipe } from '../common/validation/zod-validation.pipe.js';
import type { RequestWithSurveyAccess, SurveyAccess } from './survey-access.js';
import { listInvitationsSchema, startSurveySchema, surveyConsentSchema, type ListInvitationsQuery, type StartSurveyInput, type SurveyConsentInput } from './survey-access.schemas.js';
import { SurveyAccessService, type IssuedSurveyAccess, type SurveyInvitationView } from './survey-access.service.js';
import { KioskPinService } from '../identity/kiosk-pin.service.js';
import { kioskPinSchema, type KioskPinInput } from '../identity/users.schemas.js';
import { SurveySessionService, type SurveySessionView } from './survey-session.service.js';

const idParam = new ZodValidationPipe(z.uuid());
type IssuedWithUrl = IssuedSurveyAccess & { url: string };

function accessOf(request: RequestWithSurveyAccess): SurveyAccess {
  if (!request.surveyAccess) throw new Error('AccessGuard let a request through without a survey token');
  return request.surveyAccess;
}

function withUrl(request: FastifyRequest, issued: IssuedSurveyAccess): IssuedWithUrl {
  return { ...issued, url: absoluteUrl(request, issued.path) };
}

@ApiTags('survey access')
@Controller()
export class SurveyAccessController {
  constructor(
    private readonly access: SurveyAccessService,
    private readonly sessions: SurveySessionService,
    private readonly kioskPins: KioskPinService,
  ) {}

  /** Site staff hand a tablet to a participant of their center. */
  @Post('tablet-sessions')
  @Allow(['site_staff', 'lead'])
  async startTablet(@CurrentActor() actor: Actor, @Body(new ZodValidationPipe(startSurveySchema)) input: StartSurveyInput, @Req() request: FastifyRequest): Promise<IssuedWithUrl> {
    return withUrl(request, await this.access.startTabletSession(actor, input));
  }

  @Post('survey-invitations')
  @Allow(['site_staff', 'lead'])
  async invite(@CurrentActor() actor: Actor, @Body(new ZodValidationPipe(startSurveySchema)) input: StartSurveyInput, @Req() request: FastifyRequest): Promise<IssuedWithUrl> {
    return withUrl(request, await this.access.createInvitation(actor, input));
  }

  @Get('survey-invitations')
  @Allow(['site_staff', 'lead', 'admin'])
  async listInvitations(@CurrentActor() actor: Actor, @Query(new ZodValidationPipe(listInvitationsSchema)) query: ListInvitationsQuery): Promise<{ items: SurveyInvitationView[] }> {
    return { items: await this.access.listInvitations(actor, query.center) };
  }

  @Post('survey-invitations/:id/revoke')
  @Allow(['site_staff', 'lead'])
  @HttpCode(204)
  revoke(@CurrentActor() actor: Actor, @Param('id', idParam) id: string): Promise<void> {
    return this.access.revokeInvitation(actor, id);
  }

  /** For the participant's device: the survey, its consent text and any answers saved so far. */
  @Get('survey-session')
  @SurveyTokenHolder()
  @Header('cache-control', 'no-store')
  describe(@Req() request: RequestWithSurveyAccess): Promise<SurveySessionView> {
    return this.sessions.describe(accessOf(request));
  }

  /** Staff PIN typed on the tablet to leave kiosk mode. */
  @Post('survey-session/unlock')
  @SurveyTokenHolder()
  @HttpCode(204)
  unlock(@Req() request: RequestWithSurveyAccess, @Body(new ZodValidationPipe(kioskPinSchema)) input: KioskPinInput): Promise<void> {
    return this.kioskPins.unlock(accessOf(request), input.pin);
  }

  @Post('survey-session/consent')
  @SurveyTokenHolder()
  @HttpCode(204)
  consent(@Req() request: RequestWithSurveyAccess, @Body(new ZodValidationPipe(surveyConsentSchema)) input: SurveyConsentInput): Promise<void> {
    return this.sessions.recordConsent(accessOf(request), input);
  }
}
