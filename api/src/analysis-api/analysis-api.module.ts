import { Module } from '@nestjs/common';
import { AnalysisApiController } from './analysis-api.controller.js';
import { AnalysisDataService } from './analysis-data.service.js';

@Module({ controllers: [AnalysisApiController], providers: [AnalysisDataService] })
export class AnalysisApiModule {}
