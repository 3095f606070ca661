import { Module } from '@nestjs/common';
import { IdentityModule } from '../identity/identity.module.js';
import { SurveyAccessController } from './survey-access.controller.js';
import { SurveyAccessService } from './survey-access.service.js';
import { SurveySessionService } from './survey-session.service.js';

@Module({ imports: [IdentityModule], controllers: [SurveyAccessController], providers: [SurveyAccessService, SurveySessionService] })
export class SurveyAccessModule {}
