import type { Writable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import { z } from 'zod';
import { translate } from '../common/i18n/translator.js';
import type { ExportContext, ExportProducer } from '../exports/export-producer.js';
import { renderReportHtml } from './html-report.js';
import { buildReportContent, reportLabels, type ReportContent, type Translate } from './report-content.js';
import { ReportDataService } from './report-data.service.js';

export const reportParamsSchema = z.strictObject({
  /** Only this center's responses, interviews and benchmark rows (default: all the caller may see). */
  center: z.string().min(1).max(16).optional(),
  /** Only responses and interviews in this language. */
  language: z.enum(['nl', 'de', 'it', 'en']).optional(),
  draws: z.number().int().min(100).max(20_000).default(2_000),
  seed: z.number().int().min(0).max(2 ** 31 - 1).default(1),
});
type ReportParams = z.infer<typeof reportParamsSchema>;

/** Gathers and lays out the report's content; both formats share it. */
@Injectable()
export class ReportContentService {
  constructor(private readonly data: ReportDataService) {}

  async build(context: ExportContext): Promise<ReportContent> {
    const params = context.params as ReportParams;
    const total = 2;
    await context.progress(0, total);
    const display = await this.data.jointDisplay(context.actor, { ...(params.center ? { center: params.center } : {}), ...(params.language ? { language: params.language } : {}), draws: params.draws, seed: params.seed }, context.language);
    await context.progress(1, total);
    const agreement = await this.data.agreement(context.actor, context.language, async () => {});
    await context.progress(2, total);
    const t: Translate = (key, values) => translate(context.language, key, values);
    // ECharts is loaded on first use: most API processes never draw a report, and it is large.
    const { reportCharts } = await import('./report-charts.js');
    return buildReportContent(display, agreement, reportCharts(display, reportLabels(display, t)), context.language, t);
  }
}

function reportFileName(context: ExportContext, extension: string): string {
  return `polyphony-report-${context.language}-${new Date().toISOString().slice(0, 10)}.${extension}`;
}

/** The joint display, charts, method and agreement summary as one self-contained HTML file. */
@Injectable()
export class HtmlReportProducer implements ExportProducer {
  readonly kind = 'report-html';
  readonly contentType = 'text/html; charset=utf-8';
  readonly paramsSchema = reportParamsSchema;

  constructor(private readonly content: ReportContentService) {}

  fileName(context: ExportContext): string {
    return reportFileName(context, 'html');
  }

  async produce(context: ExportContext, output: Writable): Promise<void> {
    // A report is tens to hundreds of kilobytes whatever the study's size (aggregates, not rows),
    // so it is rendered whole and written once.
    const html = renderReportHtml(await this.content.build(context));
    await new Promise<void>((resolve, reject) => output.end(html, () => resolve()).once('error', reject));
  }
}

/** The same report as an A4 PDF. */
@Injectable()
export class PdfReportProducer implements ExportProducer {
  readonly kind = 'report-pdf';
  readonly contentType = 'application/pdf';
  readonly paramsSchema = reportParamsSchema;

  constructor(private readonly content: ReportContentService) {}

  fileName(context: ExportContext): string {
    return reportFileName(context, 'pdf');
  }

  async produce(context: ExportContext, output: Writable): Promise<void> {
    const content = await this.content.build(context);
    // pdfkit and its font engine are loaded on first use, like ECharts.
    const { writeReportPdf } = await import('./pdf-report.js');
    await writeReportPdf(content, output);
  }
}
