import { Injectable } from '@nestjs/common';
import type { ExportContext } from './export-producer.js';
import type { CellValue } from './response-columns.js';

/** A small table another feature contributes to the findings exports (benchmark rows, joint display). */
export interface ExportTable {
  /** Stable id, also the CSV file name in the statistics bundle (`<id>.csv`). */
  id: string;
  /** Sheet name in the workbook, in the export's language. */
  sheetName: string;
  header: string[];
  rows: CellValue[][];
}

export interface ExportTableSource {
  tables(context: ExportContext): Promise<ExportTable[]>;
}

/**
 * Tables from other features, added to the workbook and the statistics bundle when those features
 * are present. They are summaries (hundreds of rows), so they are built in memory.
 */
@Injectable()
export class ExtraExportSheets {
  private readonly sources: ExportTableSource[] = [];

  register(source: ExportTableSource): void {
    this.sources.push(source);
  }

  async tables(context: ExportContext): Promise<ExportTable[]> {
    const tables: ExportTable[] = [];
    for (const source of this.sources) tables.push(...(await source.tables(context)));
    return tables;
  }
}
