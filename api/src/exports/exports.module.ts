import { Module, type OnModuleInit } from '@nestjs/common';
import { BenchmarksModule } from '../benchmarks/benchmarks.module.js';
import { ParticipantsModule } from '../participants/participants.module.js';
import { ResearchDataErasure } from '../participants/research-data-erasure.js';
import { BenchmarkExportTables } from './benchmark-export-tables.js';
import { ExportDataService } from './export-data.service.js';
import { ExportJobsService } from './export-jobs.service.js';
import { ExportProducerRegistry } from './export-producer-registry.js';
import { ExportQueue } from './export-queue.js';
import { ExportRetention } from './export-retention.js';
import { ExportsController } from './exports.controller.js';
import { ExtraExportSheets } from './extra-export-sheets.js';
import { FreeTextScrubber } from './free-text-scrubber.js';
import { StatisticsBundleProducer } from './statistics-bundle.producer.js';
import { WorkbookProducer } from './workbook.producer.js';

/**
 * Background exports. Other modules import this module and register their producers:
 *
 *   constructor(private readonly registry: ExportProducerRegistry, private readonly qdpx: QdpxProducer) {}
 *   onModuleInit() { this.registry.register(this.qdpx); }
 *
 * Small tables for the workbook and statistics bundle (benchmark rows, joint display) come in
 * through ExtraExportSheets.register(source).
 */
@Module({
  imports: [BenchmarksModule, ParticipantsModule],
  controllers: [ExportsController],
  providers: [BenchmarkExportTables, ExportProducerRegistry, ExportQueue, ExportJobsService, ExportRetention, ExportDataService, ExtraExportSheets, FreeTextScrubber, WorkbookProducer, StatisticsBundleProducer],
  // ExportDataService: the report (api/src/report) reuses its scoped, paged reads.
  exports: [ExportProducerRegistry, ExtraExportSheets, ExportDataService],
})
export class ExportsModule implements OnModuleInit {
  constructor(
    private readonly registry: ExportProducerRegistry,
    private readonly workbook: WorkbookProducer,
    private readonly statistics: StatisticsBundleProducer,
    private readonly extras: ExtraExportSheets,
    private readonly benchmarkTables: BenchmarkExportTables,
    private readonly erasure: ResearchDataErasure,
    private readonly retention: ExportRetention,
  ) {}

  onModuleInit(): void {
    this.registry.register(this.workbook);
    this.registry.register(this.statistics);
    this.extras.register(this.benchmarkTables);
    // Withdrawal with erasure: stored export files may hold the participant's data (see ExportRetention).
    this.erasure.register({ kind: 'export_files', erase: (manager) => this.retention.eraseStoredFiles(manager) });
  }
}
