import { Module, type OnModuleInit } from '@nestjs/common';
import { BenchmarksModule } from '../benchmarks/benchmarks.module.js';
import { ExportsModule } from '../exports/exports.module.js';
import { ExtraExportSheets } from '../exports/extra-export-sheets.js';
import { JointDisplayExportTables } from './joint-display-export-tables.js';
import { LinkingController } from './linking.controller.js';
import { LinkingDataService } from './linking-data.service.js';
import { LinkingService } from './linking.service.js';
import { PinnedQuotesService } from './pinned-quotes.service.js';

/**
 * Meaningful-AI linking: the joint display and pinned exemplar quotes. Exports reuse LinkingService,
 * and the joint display is registered as tables of the workbook and statistics bundle (this module
 * imports ExportsModule, never the other way round, so there is no cycle).
 */
@Module({
  imports: [BenchmarksModule, ExportsModule],
  controllers: [LinkingController],
  providers: [LinkingDataService, LinkingService, PinnedQuotesService, JointDisplayExportTables],
  exports: [LinkingService],
})
export class LinkingModule implements OnModuleInit {
  constructor(
    private readonly extras: ExtraExportSheets,
    private readonly jointDisplayTables: JointDisplayExportTables,
  ) {}

  onModuleInit(): void {
    this.extras.register(this.jointDisplayTables);
  }
}
