import type { Writable } from 'node:stream';
import type { ZodType } from 'zod';
import type { Actor } from '../access/actor.js';

export type ExportLanguage = 'nl' | 'de' | 'it' | 'en';

/** What a producer gets for one export job. */
export interface ExportContext {
  /** Who asked (a lead today); producers apply center scope with it (centerScope/canSeeCenter). */
  actor: Actor;
  /** Language of labels, sheet names and scripts in the file. */
  language: ExportLanguage;
  /** Already validated by the producer's own `paramsSchema` (parsed output, defaults applied). */
  params: Record<string, unknown>;
  /** Reports progress; throws ExportCancelledError when the job was cancelled, so the producer stops. */
  progress(done: number, total: number): Promise<void>;
}

/**
 * One kind of export file. Producers stream into `output` (the job runner writes it to the
 * database in ~1 MiB chunks); they must never build the whole file in memory.
 */
export interface ExportProducer {
  /** 'workbook' | 'statistics-bundle' | 'refi-qda' | 'report-html' | 'report-pdf' … */
  readonly kind: string;
  readonly contentType: string;
  /** Validates `params` of POST /api/exports; a failure becomes a localized 400. */
  readonly paramsSchema: ZodType;
  /** File name offered for the download, e.g. `polyphony-workbook-2026-11-27.xlsx`. */
  fileName(context: ExportContext): string;
  /** Writes the file into `output` and resolves once everything was written (do not end `output` twice). */
  produce(context: ExportContext, output: Writable): Promise<void>;
}

/** Thrown by `ExportContext.progress` once the job was cancelled; producers let it propagate. */
export class ExportCancelledError extends Error {
  constructor() {
    super('Export cancelled');
    this.name = 'ExportCancelledError';
  }
}
