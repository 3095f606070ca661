import { Module, type OnModuleInit } from '@nestjs/common';
import { ExportProducerRegistry } from '../exports/export-producer-registry.js';
import { ExportsModule } from '../exports/exports.module.js';
import { LinkingModule } from '../linking/linking.module.js';
import { ReportDataService } from './report-data.service.js';
import { HtmlReportProducer, PdfReportProducer, ReportContentService } from './report.producers.js';

/** The findings report (HTML and PDF) as two export kinds of the background export jobs. */
@Module({
  imports: [ExportsModule, LinkingModule],
  providers: [ReportDataService, ReportContentService, HtmlReportProducer, PdfReportProducer],
})
export class ReportModule implements OnModuleInit {
  constructor(
    private readonly registry: ExportProducerRegistry,
    private readonly html: HtmlReportProducer,
    private readonly pdf: PdfReportProducer,
  ) {}

  onModuleInit(): void {
    this.registry.register(this.html);
    this.registry.register(this.pdf);
  }
}
