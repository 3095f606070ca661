import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/env.js';
import { termCandidates } from '../transcripts/known-terms.js';
import type { KnownTermMatch } from '../transcripts/pseudonymization/find-identifiers.js';
import { isIdentifierKind } from '../transcripts/pseudonymization/identifier-candidate.js';
import { PseudonymTerm } from '../transcripts/pseudonym-term.entity.js';
import type { CellValue } from './response-columns.js';
import { scrubFreeText } from './scrub-free-text.js';

/** Scrubs one cell; numbers, booleans and empty cells pass unchanged. */
export type CellScrubber = (value: CellValue) => CellValue;

/**
 * Builds, once per export, the scrubber every answer cell of a pseudonymized export passes through
 * (see scrubFreeText): it also knows the project's replacement list, by hash only, as transcripts do.
 */
@Injectable()
export class FreeTextScrubber {
  private readonly secret: string;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.secret = config.sessionSecret;
  }

  async forExport(): Promise<CellScrubber> {
    // The list holds hundreds to a few thousand hashes: held in memory for the export's duration.
    const terms = await this.dataSource.getRepository(PseudonymTerm).find({ select: { termHash: true, placeholder: true, kind: true, wordCount: true } });
    const byHash = new Map(terms.map((term) => [term.termHash, term]));
    const maxWords = Math.min(4, Math.max(0, ...terms.map((term) => term.wordCount)));
    const knownTerms =
      byHash.size === 0
        ? undefined
        : (text: string): KnownTermMatch[] =>
            termCandidates(this.secret, text, maxWords).flatMap((candidate) => {
              const term = byHash.get(candidate.hash);
              return term ? [{ start: candidate.start, end: candidate.end, placeholder: term.placeholder, kind: isIdentifierKind(term.kind) ? term.kind : 'name' }] : [];
            });
    const options = knownTerms ? { knownTerms } : {};
    return (value) => (typeof value === 'string' ? scrubFreeText(value, options) : value);
  }
}
