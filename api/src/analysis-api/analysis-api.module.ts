import { Module } from '@nestjs/common';
import { CodingModule } from '../coding/coding.module.js';
import { AnalysisApiController } from './analysis-api.controller.js';
import { AnalysisDataService } from './analysis-data.service.js';
import { SuggestionsController } from './suggestions.controller.js';
import { SuggestionsService } from './suggestions.service.js';
import { SurveyStatsController } from './survey-stats.controller.js';
import { SurveyStatsService } from './survey-stats.service.js';
import { TextAnalysisController } from './text-analysis.controller.js';
import { TextAnalysisService } from './text-analysis.service.js';

@Module({
  // CodingModule: accepted suggestions become codings through its CodingService.
  imports: [CodingModule],
  controllers: [AnalysisApiController, TextAnalysisController, SuggestionsController, SurveyStatsController],
  providers: [AnalysisDataService, TextAnalysisService, SuggestionsService, SurveyStatsService],
})
export class AnalysisApiModule {}
