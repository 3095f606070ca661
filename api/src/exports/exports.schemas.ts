import { z } from 'zod';
import { SUPPORTED_LANGUAGES } from '../common/i18n/languages.js';
import type { ExportJobStatus } from './export-job.entity.js';

export const createExportSchema = z.strictObject({
  kind: z.string().min(1).max(32),
  language: z.enum(SUPPORTED_LANGUAGES).optional(),
  params: z.record(z.string(), z.unknown()).default({}),
});
export type CreateExportInput = z.infer<typeof createExportSchema>;

export interface ExportJobView {
  id: string;
  kind: string;
  language: string;
  params: Record<string, unknown>;
  status: ExportJobStatus;
  progress: { done: number; total: number };
  requestedByMe: boolean;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  errorCode: string | null;
  fileName: string | null;
  byteSize: number | null;
  sha256: string | null;
}

export interface ExportKindView {
  kind: string;
  contentType: string;
}
