import { Module } from '@nestjs/common';
import { BenchmarkReadService } from './benchmark-read.service.js';

/** Benchmark results, AI package metadata and the criterion mapping. */
@Module({ providers: [BenchmarkReadService], exports: [BenchmarkReadService] })
export class BenchmarksModule {}
