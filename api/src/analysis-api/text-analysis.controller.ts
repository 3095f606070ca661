import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Allow } from '../access/access-policy.js';
import { CurrentActor, type Actor } from '../access/actor.js';
import { ZodValidationPipe } from '../common/validation/zod-validation.pipe.js';
import {
  distinctiveTermsQuerySchema,
  keywordInContextQuerySchema,
  wordFrequencyQuerySchema,
  type DistinctiveTermsQuery,
  type KeywordInContextQuery,
  type WordFrequencyQuery,
} from './text-analysis.schemas.js';
import { TextAnalysisService } from './text-analysis.service.js';

const ANALYSTS = ['researcher', 'lead'] as const;

/** Text analysis of interviews and free-text answers, one language at a time. */
@ApiTags('analysis')
@Controller('analysis/text')
export class TextAnalysisController {
  constructor(private readonly text: TextAnalysisService) {}

  /** Stem frequencies (stop words left out), each with the word forms counted under it. */
  @Get('frequencies')
  @Allow(ANALYSTS)
  frequencies(@CurrentActor() actor: Actor, @Query(new ZodValidationPipe(wordFrequencyQuerySchema)) query: WordFrequencyQuery) {
    return this.text.frequencies(actor, query);
  }

  /** Every occurrence of a word (any form with the same stem) with the words around it. */
  @Get('keyword-in-context')
  @Allow(ANALYSTS)
  keywordInContext(@CurrentActor() actor: Actor, @Query(new ZodValidationPipe(keywordInContextQuerySchema)) query: KeywordInContextQuery) {
    return this.text.keywordInContext(actor, query);
  }

  /** Terms over- and under-used by one group or center against the rest, by log-likelihood. */
  @Get('distinctive-terms')
  @Allow(ANALYSTS)
  distinctiveTerms(@CurrentActor() actor: Actor, @Query(new ZodValidationPipe(distinctiveTermsQuerySchema)) query: DistinctiveTermsQuery) {
    return this.text.distinctiveTerms(actor, query);
  }
}
