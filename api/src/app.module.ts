import { Module, type DynamicModule } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { CentersModule } from './centers/centers.module.js';
import { ConfigModule } from './config/config.module.js';
import type { AppConfig } from './config/env.js';
import { DatabaseModule } from './database/database.module.js';
import { DemoModule } from './demo/demo.module.js';
import { HealthModule } from './health/health.module.js';
import { AuditModule } from './audit/audit.module.js';
import { IdentityModule } from './identity/identity.module.js';
import { ParticipantsModule } from './participants/participants.module.js';
import { InstrumentsModule } from './instruments/instruments.module.js';
import { ResponsesModule } from './responses/responses.module.js';
import { SurveyAccessModule } from './survey-access/survey-access.module.js';
import { CodingModule } from './coding/coding.module.js';
import { TranscriptsModule } from './transcripts/transcripts.module.js';
import { AnalysisApiModule } from './analysis-api/analysis-api.module.js';
import { ExportsModule } from './exports/exports.module.js';
import { RefiQdaModule } from './refi-qda/refi-qda.module.js';
import { BenchmarksModule } from './benchmarks/benchmarks.module.js';
import { LinkingModule } from './linking/linking.module.js';
import { ReportModule } from './report/report.module.js';
import { loggerOptions } from './common/http/logger-options.js';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggerModule.forRoot(loggerOptions(config)),
        DatabaseModule.forRoot(config),
        AuditModule,
        IdentityModule,
        DemoModule,
        ParticipantsModule,
        InstrumentsModule,
        ResponsesModule,
        SurveyAccessModule,
        CodingModule,
        TranscriptsModule,
        AnalysisApiModule,
        LinkingModule,
        ExportsModule,
        RefiQdaModule,
        ReportModule,
        BenchmarksModule,
        HealthModule,
        CentersModule,
      ],
    };
  }
}
