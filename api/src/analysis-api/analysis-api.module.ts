import { Module } from '@nestjs/common';
import { AnalysisApiController } from './analysis-api.controller.js';
import { AnalysisDataService } from './analysis-data.service.js';
import { SurveyStatsController } from './survey-stats.controller.js';
import { SurveyStatsService } from './survey-stats.service.js';

@Module({ controllers: [AnalysisApiController, SurveyStatsController], providers: [AnalysisDataService, SurveyStatsService] })
export class AnalysisApiModule {}
