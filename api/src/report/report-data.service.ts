import { Injectable } from '@nestjs/common';
import type { Actor } from '../access/actor.js';
import { ExportDataService } from '../exports/export-data.service.js';
import { PooledAgreement } from '../exports/pooled-agreement.js';
import { LinkingService, type JointDisplay, type JointDisplayFilters } from '../linking/linking.service.js';
import type { AgreementSummary, ReportLanguage } from './report-content.js';

/** What the report shows: the joint display and the coders' agreement, for what the caller may see. */
@Injectable()
export class ReportDataService {
  constructor(
    private readonly linking: LinkingService,
    private readonly exportData: ExportDataService,
  ) {}

  jointDisplay(actor: Actor, filters: JointDisplayFilters, language: ReportLanguage): Promise<JointDisplay> {
    return this.linking.jointDisplay(actor, filters, language);
  }

  /**
   * Character-level agreement (as NVivo's coding comparison) per coder pair, all codes pooled and
   * per code, over the double-coded transcripts the caller may see — computed one transcript at a
   * time, as the workbook does, so memory stays flat.
   */
  async agreement(actor: Actor, language: ReportLanguage, onTranscript: () => Promise<void>): Promise<AgreementSummary> {
    const [transcripts, codes] = await Promise.all([this.exportData.doubleCodedTranscripts(actor), this.exportData.codes()]);
    const pooled = new PooledAgreement(codes.map((code) => code.id));
    for (const transcript of transcripts) {
      const input = await this.exportData.transcriptAgreementInput(transcript.id);
      pooled.add({ transcript: { id: transcript.id, length: transcript.lengthCp, segments: input.segments }, coderIds: transcript.coderIds, codings: input.codings });
      await onTranscript();
    }
    const names = new Map(codes.map((code) => [code.id, code.name[language] ?? code.name.en ?? code.key]));
    const rows = pooled.rows().map((row) => ({ code: row.codeId === null ? null : (names.get(row.codeId) ?? row.codeId), coders: row.coderIds, transcripts: row.transcripts, agreement: row.agreement, kappa: row.kappa, used: row.both + row.onlyFirst + row.onlySecond > 0 }));
    return {
      overall: rows.filter((row) => row.code === null),
      // Codes neither coder used say nothing about agreement; leaving them out keeps the table readable.
      perCode: rows.filter((row) => row.code !== null && row.used).sort((a, b) => (a.code ?? '').localeCompare(b.code ?? '', language)),
    };
  }
}
