import { Module } from '@nestjs/common';
import { BenchmarksModule } from '../benchmarks/benchmarks.module.js';
import { LinkingController } from './linking.controller.js';
import { LinkingDataService } from './linking-data.service.js';
import { LinkingService } from './linking.service.js';
import { PinnedQuotesService } from './pinned-quotes.service.js';

/** Meaningful-AI linking: the joint display and pinned exemplar quotes. Exports reuse LinkingService. */
@Module({
  imports: [BenchmarksModule],
  controllers: [LinkingController],
  providers: [LinkingDataService, LinkingService, PinnedQuotesService],
  exports: [LinkingService],
})
export class LinkingModule {}
