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
    const t = exportLabels(context.language);
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
        t('responseId'), t('participant'), t('group'), t('center'), t('language'), t('status'), t('startedAt'), t('updatedAt'), t('completedAt'),
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
    const dictionary = openSheet(t('sheet.dictionary'), [t('instrument'), t('version'), t('variable'), t('type'), t('title'), t('choices'), t('criterion'), t('task'), t('measure'), t('required')]);
    for (const version of versions) this.writeDictionary(dictionary, version, context.language);
    dictionary.commit();
    await step(1);

    // 3. Codings.
    const codings = openSheet(t('sheet.codings'), [
      t('codingId'), t('transcript'), t('participant'), t('group'), t('center'), t('language'), t('code'), t('codeName'), t('criterion'), t('coder'), t('start'), t('end'), t('passage'), t('memo'), t('codedAt'),
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
    const agreement = openSheet(t('sheet.agreement'), [t('code'), t('codeName'), t('coderA'), t('coderB'), t('transcripts'), t('characters'), t('both'), t('onlyA'), t('onlyB'), t('neither'), t('percentAgreement'), t('kappa')]);
    for (const row of pooled.rows().filter((r) => r.codeId === null || r.both + r.onlyFirst + r.onlySecond > 0)) {
      const code = row.codeId === null ? undefined : codeById.get(row.codeId);
      agreement.add([
        row.codeId === null ? t('allCodes') : (code?.key ?? row.codeId), code ? textIn(code.name, context.language) : null,
        row.coderIds[0], row.coderIds[1], row.transcripts, row.total, row.both, row.onlyFirst, row.onlySecond, row.neither, finiteOrNull(row.agreement), finiteOrNull(row.kappa),
      ]);
    }
    agreement.add([]);
    agreement.add([t('agreementMethod')]);
    agreement.commit();

    // 5. Crosstabs by group, center and language.
    for (const dimension of ['group', 'center', 'language'] as const) {
      const crosstab = crosstabFromTallies(await this.data.crosstabTallies(context.actor, dimension), dimension);
      const sink = openSheet(t(`sheet.crosstab_${dimension}`), [
        t('code'), t('codeName'), t('passages'), t('participants'),
        ...crosstab.columns.flatMap((column) => [`${column.key}: ${t('passages')}`, `${column.key}: ${t('shareOfParticipants')}`, `${column.key}: ${t('shareOfPassages')}`]),
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
