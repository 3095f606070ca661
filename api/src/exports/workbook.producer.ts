import type { Writable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import ExcelJS from 'exceljs';
import { z } from 'zod';
import { buildDataDictionary } from '../surveys/data-dictionary.js';
import { crosstabFromTallies } from './crosstab-from-tallies.js';
import { ExportDataService, type ExportVersion, type ResponseFilter } from './export-data.service.js';
import { exportLabels } from './export-labels.js';
import type { ExportContext, ExportProducer } from './export-producer.js';
import { ExtraExportSheets } from './extra-export-sheets.js';
import { FreeTextScrubber } from './free-text-scrubber.js';
import { PooledAgreement } from './pooled-agreement.js';
import { textIn, workbookColumns, type CellValue } from './response-columns.js';
import { SheetNames } from './sheet-names.js';

export const findingsParamsSchema = z.strictObject({
  /** Only these instrument versions (default: every version with responses). */
  instrumentVersionIds: z.array(z.uuid()).max(200).optional(),
  /** Also responses still in progress (default: completed only). */
  includeInProgress: z.boolean().default(false),
});
export type FindingsParams = z.infer<typeof findingsParamsSchema>;

type Row = CellValue[];

/** Writes rows into a streaming worksheet, waiting whenever the output has enough buffered. */
interface SheetSink {
  add(row: Row): void;
  flush(): Promise<void>;
  /** Closes the sheet's part of the zip; the next sheet starts after it. */
  commit(): void;
}

/**
 * The combined findings as one XLSX workbook, streamed: exceljs's WorkbookWriter commits each row
 * as it goes and one sheet at a time, so memory does not grow with the data. Pseudonymous:
 * participants by code, coders by account id, identifiers in answers replaced by placeholders.
 */
@Injectable()
export class WorkbookProducer implements ExportProducer {
  readonly kind = 'workbook';
  readonly contentType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  readonly paramsSchema = findingsParamsSchema;

  constructor(
    private readonly data: ExportDataService,
    private readonly extras: ExtraExportSheets,
    private readonly scrubber: FreeTextScrubber,
  ) {}

  fileName(context: ExportContext): string {
    return `polyphony-workbook-${context.language}-${new Date().toISOString().slice(0, 10)}.xlsx`;
  }

  async produce(context: ExportContext, output: Writable): Promise<void> {
    // Not named `t`: locales.test reads label('…') as a common: key; these are exports:file.* keys.
    const label = exportLabels(context.language);
    const params = context.params as FindingsParams;
    const filter: ResponseFilter = { includeInProgress: params.includeInProgress, ...(params.instrumentVersionIds ? { instrumentVersionIds: params.instrumentVersionIds } : {}) };
    const versions = await this.data.versions(context.actor, filter);
    const [responseCount, codingCount, doubleCoded, codes] = await Promise.all([
      this.data.countResponses(context.actor, filter, versions.map((v) => v.id)),
      this.data.countCodings(context.actor),
      this.data.doubleCodedTranscripts(context.actor),
      this.data.codes(),
    ]);
    const total = responseCount + codingCount + doubleCoded.length + 10;
    let done = 0;
    const step = async (n: number) => {
      done += n;
      await context.progress(done, total);
    };
    await context.progress(0, total);
    // Answers are typed by participants: identifiers in them are replaced cell by cell (scrub-free-text.ts).
    const scrub = await this.scrubber.forExport();

    // No styles and no shared strings: both make exceljs keep per-cell state (styles cost ~10 % of
    // the time, shared strings grow with the data); a frozen header row needs neither.
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: false, useSharedStrings: false });
    const names = new SheetNames();
    const openSheet = (name: string, header: string[]): SheetSink => {
      const sheet = workbook.addWorksheet(names.take(name), { views: [{ state: 'frozen', ySplit: 1 }] });
      sheet.addRow(header).commit();
      return { add: (row) => sheet.addRow(row).commit(), flush: () => drained(output), commit: () => sheet.commit() };
    };

    // 1. Responses, one sheet per instrument version.
    for (const version of versions) {
      const columns = workbookColumns(buildDataDictionary(version.definition), context.language);
      const sink = openSheet(`${version.instrumentKey} v${version.version}`, [
        label('responseId'), label('participant'), label('group'), label('center'), label('language'), label('status'), label('startedAt'), label('updatedAt'), label('completedAt'),
        ...columns.map((column) => column.name),
      ]);
      for await (const page of this.data.responses(context.actor, filter, version.id)) {
        for (const response of page) {
          sink.add([
            response.id, response.participantCode, response.group, response.center, response.language, response.status,
            response.startedAt.toISOString(), response.updatedAt.toISOString(), response.completedAt?.toISOString() ?? null,
            ...columns.map((column) => scrub(column.read(response.data))),
          ]);
        }
        await sink.flush();
        await step(page.length);
      }
      sink.commit();
    }

    // 2. The data dictionary of every exported version.
    const dictionary = openSheet(label('sheet.dictionary'), [label('instrument'), label('version'), label('variable'), label('type'), label('title'), label('choices'), label('criterion'), label('task'), label('measure'), label('required')]);
    for (const version of versions) this.writeDictionary(dictionary, version, context.language);
    dictionary.commit();
    await step(1);

    // 3. Codings.
    const codings = openSheet(label('sheet.codings'), [
      label('codingId'), label('transcript'), label('participant'), label('group'), label('center'), label('language'), label('code'), label('codeName'), label('criterion'), label('coder'), label('start'), label('end'), label('passage'), label('memo'), label('codedAt'),
    ]);
    for await (const page of this.data.codings(context.actor)) {
      for (const coding of page) {
        codings.add([
          coding.id, coding.transcriptId, coding.participantCode, coding.group, coding.center, coding.transcriptLanguage, coding.codeKey, textIn(coding.codeName, context.language),
          coding.criterion, coding.coderId, coding.start, coding.end, coding.passage, coding.memo, coding.createdAt.toISOString(),
        ]);
      }
      await codings.flush();
      await step(page.length);
    }
    codings.commit();

    // 4. Agreement: character level, pooled over double-coded transcripts.
    const codeById = new Map(codes.map((code) => [code.id, code]));
    const pooled = new PooledAgreement(codes.map((code) => code.id));
    for (const transcript of doubleCoded) {
      const input = await this.data.transcriptAgreementInput(transcript.id);
      pooled.add({ transcript: { id: transcript.id, length: transcript.lengthCp, segments: input.segments }, coderIds: transcript.coderIds, codings: input.codings });
      await step(1);
    }
    const agreement = openSheet(label('sheet.agreement'), [label('code'), label('codeName'), label('coderA'), label('coderB'), label('transcripts'), label('characters'), label('both'), label('onlyA'), label('onlyB'), label('neither'), label('percentAgreement'), label('kappa')]);
    for (const row of pooled.rows().filter((r) => r.codeId === null || r.both + r.onlyFirst + r.onlySecond > 0)) {
      const code = row.codeId === null ? undefined : codeById.get(row.codeId);
      agreement.add([
        row.codeId === null ? label('allCodes') : (code?.key ?? row.codeId), code ? textIn(code.name, context.language) : null,
        row.coderIds[0], row.coderIds[1], row.transcripts, row.total, row.both, row.onlyFirst, row.onlySecond, row.neither, finiteOrNull(row.agreement), finiteOrNull(row.kappa),
      ]);
    }
    agreement.add([]);
    agreement.add([label('agreementMethod')]);
    agreement.commit();

    // 5. Crosstabs by group, center and language.
    for (const dimension of ['group', 'center', 'language'] as const) {
      const crosstab = crosstabFromTallies(await this.data.crosstabTallies(context.actor, dimension), dimension);
      const sink = openSheet(label(`sheet.crosstab_${dimension}`), [
        label('code'), label('codeName'), label('passages'), label('participants'),
        ...crosstab.columns.flatMap((column) => [`${column.key}: ${label('passages')}`, `${column.key}: ${label('shareOfParticipants')}`, `${column.key}: ${label('shareOfPassages')}`]),
      ]);
      for (const row of crosstab.rows) {
        const code = codeById.get(row.codeId);
        sink.add([code?.key ?? row.codeId, code ? textIn(code.name, context.language) : null, row.total.passages, row.total.participants, ...row.cells.flatMap((c) => [c.passages, c.shareOfParticipants, c.shareOfPassages])]);
      }
      sink.commit();
      await step(1);
    }

    // 6. Benchmark rows and the joint display, when those features are present.
    for (const table of await this.extras.tables(context)) {
      const sink = openSheet(table.sheetName, table.header);
      for (const row of table.rows) sink.add(row);
      sink.commit();
    }
    await step(total - done);
    await workbook.commit();
  }

  private writeDictionary(sink: SheetSink, version: ExportVersion, language: string): void {
    for (const entry of buildDataDictionary(version.definition)) {
      const choices = entry.choices ?? entry.columns;
      sink.add([
        version.instrumentKey, version.version, entry.key ?? entry.name, entry.type, textIn(entry.title, language),
        choices ? choices.map((choice) => `${String(choice.value)} = ${textIn(choice.text, language)}`).join('; ') : null,
        entry.tags.criterion ?? null, entry.tags.task ?? null, entry.tags.measure ?? null, entry.required,
      ]);
    }
  }
}

function finiteOrNull(value: number): number | null {
  return Number.isFinite(value) ? value : null;
}

/** Resolves once the output has room again (backpressure from the chunk writer reaches exceljs here). */
export function drained(output: Writable): Promise<void> {
  if (!output.writableNeedDrain) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const done = () => {
      output.off('error', fail);
      resolve();
    };
    const fail = (error: Error) => {
      output.off('drain', done);
      reject(error);
    };
    output.once('drain', done);
    output.once('error', fail);
  });
}
