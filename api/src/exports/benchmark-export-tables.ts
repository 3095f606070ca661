import { Injectable } from '@nestjs/common';
import { BenchmarkReadService } from '../benchmarks/benchmark-read.service.js';
import { translate } from '../common/i18n/translator.js';
import type { ExportContext } from './export-producer.js';
import type { ExportTable, ExportTableSource } from './extra-export-sheets.js';

/** The benchmark rows the actor may see, as a sheet of the workbook and `benchmark.csv` in the bundle. */
@Injectable()
export class BenchmarkExportTables implements ExportTableSource {
  constructor(private readonly benchmarks: BenchmarkReadService) {}

  async tables(context: ExportContext): Promise<ExportTable[]> {
    const rows = await this.benchmarks.results(context.actor);
    return [
      {
        id: 'benchmark',
        sheetName: translate(context.language, 'exports:file.sheet.benchmark'),
        header: ['package', 'package_version', 'task', 'center', 'dataset', 'metric', 'value', 'ci_low', 'ci_high', 'n'],
        rows: rows.map((row) => [row.packageKey, row.packageVersion, row.task, row.center, row.dataset, row.metric, row.value, row.ciLow, row.ciHigh, row.n]),
      },
    ];
  }
}
