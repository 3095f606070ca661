import { Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Injectable } from '@nestjs/common';
import yazl from 'yazl';
import { SUPPORTED_LANGUAGES } from '../common/i18n/languages.js';
import { buildDataDictionary } from '../surveys/data-dictionary.js';
import { csvLine } from './csv-line.js';
import { ExportDataService, type ExportVersion, type ResponseFilter } from './export-data.service.js';
import { exportLabels } from './export-labels.js';
import type { ExportContext, ExportProducer } from './export-producer.js';
import { ExtraExportSheets } from './extra-export-sheets.js';
import { FreeTextScrubber, type CellScrubber } from './free-text-scrubber.js';
import { rScript } from './r-script.js';
import { statisticsColumns, textIn, type CellValue, type ResponseColumn } from './response-columns.js';
import { spssSyntax } from './spss-syntax.js';
import { codeOf, VariableNames, type StatisticsTable, type StatisticsVariable } from './statistics-variables.js';
import { findingsParamsSchema, type FindingsParams } from './workbook.producer.js';

const META = ['response_id', 'participant', 'group', 'center', 'language', 'status', 'started_at', 'updated_at', 'completed_at'] as const;
const META_LABEL_KEYS = ['responseId', 'participant', 'group', 'center', 'language', 'status', 'startedAt', 'updatedAt', 'completedAt'] as const;
const CODING_COLUMNS = ['coding_id', 'transcript_id', 'participant', 'group', 'center', 'language', 'code', 'criterion', 'coder', 'start', 'end', 'passage', 'memo', 'coded_at'] as const;
const CODING_LABEL_KEYS = ['codingId', 'transcript', 'participant', 'group', 'center', 'language', 'code', 'criterion', 'coder', 'start', 'end', 'passage', 'memo', 'codedAt'] as const;

interface VersionTable {
  version: ExportVersion;
  table: StatisticsTable;
  columns: ResponseColumn[];
}

/**
 * A zip for statistics software: CSV files (responses per instrument version with value codes, the
 * dictionary, codings, benchmark rows when present) and, per language, an R script and SPSS syntax
 * that load them with variable labels and value labels. Streamed: each CSV is generated while the
 * zip is written, page by page.
 */
@Injectable()
export class StatisticsBundleProducer implements ExportProducer {
  readonly kind = 'statistics-bundle';
  readonly contentType = 'application/zip';
  readonly paramsSchema = findingsParamsSchema;

  constructor(
    private readonly data: ExportDataService,
    private readonly extras: ExtraExportSheets,
    private readonly scrubber: FreeTextScrubber,
  ) {}

  fileName(): string {
    return `polyphony-statistics-${new Date().toISOString().slice(0, 10)}.zip`;
  }

  async produce(context: ExportContext, output: Writable): Promise<void> {
    const params = context.params as FindingsParams;
    const filter: ResponseFilter = { includeInProgress: params.includeInProgress, ...(params.instrumentVersionIds ? { instrumentVersionIds: params.instrumentVersionIds } : {}) };
    const versions = await this.data.versions(context.actor, filter);
    const [responseCount, codingCount, codes, extras, scrub] = await Promise.all([
      this.data.countResponses(context.actor, filter, versions.map((v) => v.id)),
      this.data.countCodings(context.actor),
      this.data.codes(),
      this.extras.tables(context),
      // Answers are typed by participants: identifiers in them are replaced cell by cell (scrub-free-text.ts).
      this.scrubber.forExport(),
    ]);
    const total = responseCount + codingCount + 1;
    let done = 0;
    const step = async (n: number) => {
      done += n;
      await context.progress(done, total);
    };
    await context.progress(0, total);

    const labels = Object.fromEntries(SUPPORTED_LANGUAGES.map((language) => [language, exportLabels(language)]));
    const labelIn = (key: string) => Object.fromEntries(SUPPORTED_LANGUAGES.map((language) => [language, labels[language](key)]));
    const fileNames = new VariableNames();
    const versionTables: VersionTable[] = versions.map((version) => this.versionTable(version, fileNames, labelIn));
    const codingsTable: StatisticsTable = {
      file: 'codings.csv',
      dataset: 'codings',
      variables: CODING_COLUMNS.map((name, i) => ({
        name,
        label: labelIn(CODING_LABEL_KEYS[i]),
        numeric: name === 'start' || name === 'end',
        width: name === 'passage' || name === 'memo' ? 32767 : 64,
        ...(name === 'code' ? { valueLabels: codes.map((code) => ({ value: code.key, label: Object.fromEntries(SUPPORTED_LANGUAGES.map((l) => [l, textIn(code.name, l) || code.key])) })) } : {}),
      })),
    };
    const tables = [...versionTables.map((v) => v.table), codingsTable];

    const zip = new yazl.ZipFile();
    const written = pipeline(zip.outputStream as Readable, output);
    // yazl does not pass a source stream's error on: end the zip with it, so `written` rejects.
    const source = (lines: AsyncGenerator<string>) => {
      const stream = Readable.from(asBuffers(lines), { objectMode: false });
      stream.on('error', (error) => (zip.outputStream as Readable).destroy(error));
      return stream;
    };
    for (const { version, table, columns } of versionTables) {
      zip.addReadStream(source(this.responseCsv(context, filter, version, columns, table, scrub, step)), table.file);
    }
    zip.addReadStream(source(this.codingCsv(context, step)), codingsTable.file);
    zip.addBuffer(Buffer.from(this.dictionaryCsv(tables), 'utf8'), 'dictionary.csv');
    for (const extra of extras) {
      zip.addBuffer(Buffer.from(csvLine(extra.header) + extra.rows.map((row) => csvLine(row)).join(''), 'utf8'), `${extra.id}.csv`);
    }
    for (const language of SUPPORTED_LANGUAGES) {
      const heading = labels[language]('bundleHeading');
      zip.addBuffer(Buffer.from(rScript(tables, language, heading), 'utf8'), `load-polyphony-${language}.R`);
      zip.addBuffer(Buffer.from(spssSyntax(tables, language, heading), 'utf8'), `load-polyphony-${language}.sps`);
    }
    zip.end();
    await written;
    await step(total - done);
  }

  private versionTable(version: ExportVersion, fileNames: VariableNames, labelIn: (key: string) => Record<string, string>): VersionTable {
    const dictionary = buildDataDictionary(version.definition);
    const perLanguage = SUPPORTED_LANGUAGES.map((language) => statisticsColumns(dictionary, language));
    const names = new VariableNames();
    META.forEach((name) => names.take(name));
    const columns = perLanguage[0];
    const variables: StatisticsVariable[] = [
      ...META.map((name, i) => ({ name, label: labelIn(META_LABEL_KEYS[i]), numeric: false, width: 64 })),
      ...columns.map((column, c) => ({
        name: names.take(column.name),
        label: Object.fromEntries(SUPPORTED_LANGUAGES.map((language, l) => [language, perLanguage[l][c].label])),
        numeric: column.numeric,
        width: column.valueLabels ? 255 : 4000,
        ...(column.valueLabels
          ? {
              valueLabels: column.valueLabels.map((item, v) => ({
                value: codeOf(item.value),
                label: Object.fromEntries(SUPPORTED_LANGUAGES.map((language, l) => [language, perLanguage[l][c].valueLabels?.[v]?.label ?? String(item.value)])),
              })),
            }
          : {}),
      })),
    ];
    const dataset = fileNames.take(`responses_${version.instrumentKey}_v${version.version}`);
    return { version, columns, table: { file: `${dataset}.csv`, dataset, variables } };
  }

  private async *responseCsv(context: ExportContext, filter: ResponseFilter, version: ExportVersion, columns: ResponseColumn[], table: StatisticsTable, scrub: CellScrubber, step: (n: number) => Promise<void>): AsyncGenerator<string> {
    yield csvLine(table.variables.map((variable) => variable.name));
    for await (const page of this.data.responses(context.actor, filter, version.id)) {
      let text = '';
      for (const response of page) {
        const meta: CellValue[] = [response.id, response.participantCode, response.group, response.center, response.language, response.status, response.startedAt.toISOString(), response.updatedAt.toISOString(), response.completedAt?.toISOString() ?? null];
        text += csvLine([...meta, ...columns.map((column) => scrub(column.read(response.data)))]);
      }
      yield text;
      await step(page.length);
    }
  }

  private async *codingCsv(context: ExportContext, step: (n: number) => Promise<void>): AsyncGenerator<string> {
    yield csvLine([...CODING_COLUMNS]);
    for await (const page of this.data.codings(context.actor)) {
      let text = '';
      for (const coding of page) {
        text += csvLine([coding.id, coding.transcriptId, coding.participantCode, coding.group, coding.center, coding.transcriptLanguage, coding.codeKey, coding.criterion, coding.coderId, coding.start, coding.end, coding.passage, coding.memo, coding.createdAt.toISOString()]);
      }
      yield text;
      await step(page.length);
    }
  }

  private dictionaryCsv(tables: readonly StatisticsTable[]): string {
    const header = ['file', 'variable', 'numeric', ...SUPPORTED_LANGUAGES.map((l) => `label_${l}`), ...SUPPORTED_LANGUAGES.map((l) => `value_labels_${l}`)];
    let text = csvLine(header);
    for (const table of tables) {
      for (const variable of table.variables) {
        text += csvLine([
          table.file, variable.name, variable.numeric,
          ...SUPPORTED_LANGUAGES.map((l) => variable.label[l] ?? null),
          ...SUPPORTED_LANGUAGES.map((l) => (variable.valueLabels ? variable.valueLabels.map((item) => `${String(item.value)}=${item.label[l] ?? ''}`).join('; ') : null)),
        ]);
      }
    }
    return text;
  }
}

async function* asBuffers(lines: AsyncGenerator<string>): AsyncGenerator<Buffer> {
  for await (const text of lines) yield Buffer.from(text, 'utf8');
}
