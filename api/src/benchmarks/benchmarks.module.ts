import { Module } from '@nestjs/common';
import { BenchmarkImportService } from './benchmark-import.service.js';
import { BenchmarkReadService } from './benchmark-read.service.js';
import { BenchmarkSettingsService } from './benchmark-settings.service.js';
import { BenchmarksController } from './benchmarks.controller.js';

/** Benchmark results, AI package metadata and the criterion mapping. */
@Module({
  controllers: [BenchmarksController],
  providers: [BenchmarkReadService, BenchmarkImportService, BenchmarkSettingsService],
  exports: [BenchmarkReadService],
})
export class BenchmarksModule {}
