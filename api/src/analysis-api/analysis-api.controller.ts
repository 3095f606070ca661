import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { codeCrosstab, codingDisagreements, cooccurrenceByOverlap, cooccurrenceBySegment } from '@polyphony/analysis';
import { Allow } from '../access/access-policy.js';
import { CurrentActor, type Actor } from '../access/actor.js';
import { ZodValidationPipe } from '../common/validation/zod-validation.pipe.js';
import { agreementQuerySchema, cooccurrenceQuerySchema, crosstabQuerySchema, type AgreementQuery, type CooccurrenceQuery, type CrosstabQuery } from './analysis-api.schemas.js';
import { agreementReport } from './agreement-report.js';
import { AnalysisDataService } from './analysis-data.service.js';

const ANALYSTS = ['researcher', 'lead'] as const;

/** Everyone who coded, so a view can offer to show one coder's work. */
function coderIdsOf(codings: ReadonlyArray<{ coderId: string }>): string[] {
  return [...new Set(codings.map((c) => c.coderId))].sort();
}

/** Analyses over the caller's visible transcripts; every result names its method (see analysis/). */
@ApiTags('analysis')
@Controller('analysis')
export class AnalysisApiController {
  constructor(private readonly data: AnalysisDataService) {}

  /**
   * Inter-coder agreement at three units (segment, character, unitized α) with seeded bootstrap
   * intervals, per coder pair when more than two coders are compared, plus the disagreements.
   */
  @Get('agreement')
  @Allow(ANALYSTS)
  async agreement(@CurrentActor() actor: Actor, @Query(new ZodValidationPipe(agreementQuerySchema)) query: AgreementQuery) {
    const transcripts = await this.data.transcripts(actor, query.transcriptIds);
    const ids = transcripts.map((t) => t.id);
    const [allCodings, segments] = await Promise.all([this.data.codings(ids), this.data.segments(ids)]);
    // Only the chosen coders' work is compared; the others' codings are simply not part of it.
    const chosen = query.coderIds ? new Set(query.coderIds) : null;
    const codings = chosen ? allCodings.filter((c) => chosen.has(c.coderId)) : allCodings;
    const input = {
      transcripts: transcripts.map((t) => ({ id: t.id, length: t.lengthCp, segments: segments.filter((s) => s.transcriptId === t.id).map((s) => ({ id: s.id, start: s.start, end: s.end })) })),
      codings,
      ...(query.coderIds ? { coderIds: query.coderIds } : {}),
    };
    return {
      transcriptIds: ids,
      // Everyone who coded these transcripts, so a view can offer coders beyond those compared.
      availableCoderIds: coderIdsOf(allCodings),
      ...agreementReport(input, { samples: query.bootstrap, seed: query.seed }),
      disagreements: codingDisagreements(input),
    };
  }

  /** How often codes are applied together: overlapping passages or the same speaker turn, with the c-coefficient. */
  @Get('cooccurrence')
  @Allow(ANALYSTS)
  async cooccurrence(@CurrentActor() actor: Actor, @Query(new ZodValidationPipe(cooccurrenceQuerySchema)) query: CooccurrenceQuery) {
    const transcripts = await this.data.transcripts(actor, query.transcriptIds);
    const ids = transcripts.map((t) => t.id);
    const all = await this.data.codings(ids);
    const codings = query.coderId ? all.filter((c) => c.coderId === query.coderId) : all;
    const table = query.unit === 'segment' ? cooccurrenceBySegment(codings, await this.data.segments(ids)) : cooccurrenceByOverlap(codings);
    return { ...table, availableCoderIds: coderIdsOf(all) };
  }

  /** Codes by stakeholder group, center or language: passages, share of participants, share of passages. */
  @Get('crosstabs')
  @Allow(ANALYSTS)
  async crosstabs(@CurrentActor() actor: Actor, @Query(new ZodValidationPipe(crosstabQuerySchema)) query: CrosstabQuery) {
    const transcripts = (await this.data.transcripts(actor)).filter((t) => t.revealed || actor.role === 'lead');
    const all = await this.data.codings(transcripts.map((t) => t.id));
    // With two coders every passage is there twice; one coder's codings count each passage once.
    const codings = query.coderId ? all.filter((c) => c.coderId === query.coderId) : all;
    const table = codeCrosstab(
      codings,
      transcripts.map((t) => ({ transcriptId: t.id, participantId: t.participantId, group: t.group, center: t.center, language: t.language })),
      query.dimension,
    );
    return { ...table, availableCoderIds: coderIdsOf(all) };
  }
}
